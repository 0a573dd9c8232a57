// The newsroom's three-user flow on a real WordPress 6.1, each user on their own machine (their
// own data folder): a contributor reporter sends a story to the desk; an editor copy editor
// opens it from the queue, suggests and comments, and sends it back; the reporter accepts
// one suggestion, rejects another, answers the comment and sends it again; the desk chief
// (an administrator) opens it and publishes. The suggestions and comments are made and
// resolved with the editor's own code, in a headless Lexical editor. With the midad-bridge
// plugin the review travels with the story; without it, only the text does, and correctly.
import { LinkNode } from '@lexical/link';
import { $wrapSelectionInMarkNode, MarkNode } from '@lexical/mark';
import {
  $getRoot,
  $isElementNode,
  $isTextNode,
  createEditor,
  type LexicalEditor,
  type LexicalNode,
  type TextNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import type { Draft, DraftContent, DraftReview } from '../../electron/contract/index.ts';
import { openFromDesk } from '../../electron/services/publish/desk/desk-open.ts';
import { answerFromDesk } from '../../electron/services/publish/desk/hand-over.ts';
import { SUGGESTION_NODES } from '../../renderer/editor/nodes/SuggestionNodes.ts';
import {
  $resolveSuggestions,
  $suggestionMarks,
} from '../../renderer/editor/suggestions/resolve-suggestions.ts';
import { $suggestDeletion } from '../../renderer/editor/suggestions/suggest-deletion.ts';
import { $suggestInsertion } from '../../renderer/editor/suggestions/suggest-insertion.ts';
import {
  replyToThread,
  startThread,
} from '../../renderer/features/review/comments/comment-threads.ts';
import { article, paragraph } from '../fixtures/wordpress/lexical-article.ts';
import {
  deskWorld,
  publishFixture,
  reporterStory,
  runOutboxJob,
  type PublishFixture,
} from '../support/publish/publish-fixture.ts';
import type { RunningWordPress } from '../support/wordpress/start-wordpress.ts';
import { clientAs, unavailable, useWordPress } from './wordpress-site.ts';

const LEAD = 'قال الوزير إن الخطة جاهزة.';
const SECOND = 'وأضاف أن التنفيذ يبدأ غدا';

const story: DraftContent = reporterStory(
  'خطة الوزارة للعام المقبل',
  article(paragraph(LEAD), paragraph(SECOND)),
);

const copyEditor = {
  author: 'هدى المدققة',
  now: () => new Date().toISOString(),
  newId: idMaker('s'),
};

function idMaker(prefix: string): () => string {
  let next = 0;
  return () => `${prefix}-${Date.now()}-${++next}`;
}

/** A headless editor holding the draft's body, with the nodes the review uses. */
function editorOf(body: unknown): LexicalEditor {
  const editor = createEditor({
    nodes: [...SUGGESTION_NODES, MarkNode, LinkNode],
    onError: (error) => {
      throw error;
    },
  });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(body)));
  return editor;
}

function edit(editor: LexicalEditor, change: () => void): void {
  editor.update(change, { discrete: true });
}

function $textOf(paragraphIndex: number): TextNode {
  const texts: TextNode[] = [];
  const visit = (node: LexicalNode) => {
    if ($isTextNode(node)) texts.push(node);
    else if ($isElementNode(node)) node.getChildren().forEach(visit);
  };
  visit($getRoot().getChildAtIndex(paragraphIndex)!);
  return texts[0]!;
}

function bodyOf(editor: LexicalEditor): DraftContent['body'] {
  return editor.getEditorState().toJSON() as unknown as DraftContent['body'];
}

interface CopyEdited {
  draft: Draft;
  insertionId: string;
  deletionId: string;
}

/** The copy editor's work: "أمس" added to the lead, "غدا" struck from the second line, a comment on "الخطة". */
async function copyEdit(fx: PublishFixture, postId: number): Promise<CopyEdited> {
  const opened = await openFromDesk(deskWorld(fx), fx.site.id, postId);
  const editor = editorOf(opened.body);
  edit(editor, () => $textOf(0).select(3, 3));
  for (const character of ' أمس') edit(editor, () => $suggestInsertion(character, copyEditor));
  edit(editor, () => {
    const text = $textOf(1);
    text.select(text.getTextContentSize(), text.getTextContentSize());
  });
  for (let i = 0; i < 'غدا'.length; i++)
    edit(editor, () => $suggestDeletion(true, 'character', copyEditor));
  edit(editor, () => {
    const lead = $getRoot().getChildAtIndex(0)!;
    const texts = ($isElementNode(lead) ? lead.getAllTextNodes() : []).filter((node) =>
      node.getTextContent().includes('الخطة'),
    );
    const at = texts[0]!.getTextContent().indexOf('الخطة');
    const selection = texts[0]!.select(at, at + 'الخطة'.length);
    $wrapSelectionInMarkNode(selection, false, 'comment-1');
  });
  const marks = editor
    .getEditorState()
    .read(() =>
      $suggestionMarks().map((mark) => ({ id: mark.getMeta().id, kind: mark.getKind() })),
    );
  const started = startThread(opened.review, {
    id: 'comment-1',
    quote: 'الخطة',
    author: copyEditor.author,
    text: 'أي خطة؟ سمّها.',
    at: new Date(),
  });
  if (!started.ok) throw new Error(started.code);
  await fx.library.save(opened.id, {
    meta: opened.meta,
    body: bodyOf(editor),
    review: started.review,
  });
  return {
    draft: await fx.library.open(opened.id),
    insertionId: marks.find((mark) => mark.kind === 'insert')!.id,
    deletionId: marks.find((mark) => mark.kind === 'delete')!.id,
  };
}

async function sendToDesk(wordpress: RunningWordPress) {
  const reporter = await publishFixture(wordpress, 'contributor');
  const draftId = await reporter.createDraft(story);
  const postId = await runOutboxJob(reporter, draftId, 'pending');
  return { reporter, draftId, postId };
}

describe.skipIf(unavailable)(
  'three users with the midad-bridge plugin: the review travels with the story',
  () => {
    const { site } = useWordPress({ permalinks: 'pretty', locale: 'ar', midadBridge: true });

    it('reporter sends, copy editor suggests and comments, reporter accepts one and answers, desk chief publishes the accepted text', async () => {
      const { reporter, draftId, postId } = await sendToDesk(site());

      const desk = await publishFixture(site(), 'editor');
      const edited = await copyEdit(desk, postId);
      expect(edited.draft.review.comments).toHaveLength(1);
      // Sent back to the reporter as a draft, with the whole document.
      await runOutboxJob(desk, edited.draft.id, 'draft');
      expect((await clientAs(site(), 'admin').getPost(postId)).status).toBe('draft');

      const answer = await answerFromDesk(deskWorld(reporter), draftId);
      expect(answer.took).toBe('document');
      const mine = answer.draft;
      expect(mine.review.comments[0]).toMatchObject({
        quote: 'الخطة',
        author: 'هدى المدققة',
        text: 'أي خطة؟ سمّها.',
      });
      const editor = editorOf(mine.body);
      const seen = editor
        .getEditorState()
        .read(() =>
          $suggestionMarks().map((mark) => [
            mark.getKind(),
            mark.getMeta().author,
            mark.getTextContent(),
          ]),
        );
      expect(seen).toEqual([
        ['insert', 'هدى المدققة', ' أمس'],
        ['delete', 'هدى المدققة', 'غدا'],
      ]);

      // The reporter takes the first, keeps "غدا" (rejects the deletion) and answers the comment.
      edit(editor, () => {
        $resolveSuggestions({ id: edited.insertionId }, 'accept');
        $resolveSuggestions({ id: edited.deletionId }, 'reject');
      });
      const answered = replyToThread(mine.review, 'comment-1', {
        id: 'reply-1',
        author: 'المراسل',
        text: 'خطة الإسكان، أضفتها.',
        at: new Date(),
      });
      if (!answered.ok) throw new Error(answered.code);
      await reporter.library.save(draftId, {
        meta: mine.meta,
        body: bodyOf(editor),
        review: answered.review as DraftReview,
      });
      await runOutboxJob(reporter, draftId, 'pending');

      // The desk chief opens it on a third machine: the reply is there, the text as the reporter left it.
      const chief = await publishFixture(site(), 'admin');
      const final = await openFromDesk(deskWorld(chief), chief.site.id, postId);
      expect(final.review.comments[0]!.replies.map((reply) => reply.text)).toEqual([
        'خطة الإسكان، أضفتها.',
      ]);
      await runOutboxJob(chief, final.id, 'publish');

      const published = await clientAs(site(), 'admin').getPost(postId);
      expect(published.status).toBe('publish');
      const raw = published.content.raw ?? '';
      expect(raw).toContain('قال أمس الوزير إن الخطة جاهزة.');
      expect(raw).toContain(SECOND);
      for (const trace of [
        'suggestion',
        '<mark',
        '<ins',
        '<del',
        'comment-1',
        'أي خطة؟',
        'خطة الإسكان',
      ])
        expect(raw).not.toContain(trace);
    });
  },
);

describe.skipIf(unavailable)(
  'three users without the plugin: only the text travels, and correctly',
  () => {
    const { site } = useWordPress({ permalinks: 'pretty', locale: 'ar' });

    it("gives the reporter the desk's text without its open suggestions, says the review stayed behind, and publishes clean", async () => {
      const { reporter, draftId, postId } = await sendToDesk(site());

      const desk = await publishFixture(site(), 'editor');
      const edited = await copyEdit(desk, postId);
      await runOutboxJob(desk, edited.draft.id, 'draft');

      const answer = await answerFromDesk(deskWorld(reporter), draftId);
      // What went to the site is the text as published, the open suggestions not taken: the
      // same text the reporter sent, so the copy keeps it, and the reporter is told why.
      expect(answer.took).toBeNull();
      expect(answer.notice).toBe('review_stayed_behind');
      expect(answer.draft.workflow).toEqual({ status: 'draft' });
      const text = JSON.stringify(answer.draft.body);
      expect(text).toContain(LEAD);
      expect(text).toContain(SECOND);
      expect(text).not.toContain('suggestion');
      expect(answer.draft.review.comments).toEqual([]);
      // The copy editor's notes are still on the copy editor's machine.
      expect((await desk.library.open(edited.draft.id)).review.comments).toHaveLength(1);

      await runOutboxJob(reporter, draftId, 'pending');
      const chief = await publishFixture(site(), 'admin');
      const final = await openFromDesk(deskWorld(chief), chief.site.id, postId);
      await runOutboxJob(chief, final.id, 'publish');
      const published = await clientAs(site(), 'admin').getPost(postId);
      expect(published.status).toBe('publish');
      expect(published.content.raw).toContain(LEAD);
      expect(published.content.raw).not.toContain('<mark');
    });
  },
);
