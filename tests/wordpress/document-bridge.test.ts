// The whole document travels through a real WordPress 6.1: with the
// midad-bridge plugin the reporter's pending post carries Midad's document, the desk reads
// and changes it, and the reporter's copy gets the desk's version back; without the plugin
// only the text travels and the reporter is told the review notes stayed behind.
import { describe, expect, it } from 'vitest';
import type { DraftContent } from '../../electron/contract/index.ts';
import { answerFromDesk } from '../../electron/services/publish/desk/hand-over.ts';
import {
  buildDocument,
  documentOfPost,
} from '../../electron/services/publish/review/document-envelope.ts';
import { article, paragraph } from '../fixtures/wordpress/lexical-article.ts';
import {
  deskWorld,
  publishFixture,
  reporterStory,
  runOutboxJob,
} from '../support/publish/publish-fixture.ts';
import type { RunningWordPress } from '../support/wordpress/start-wordpress.ts';
import { clientAs, unavailable, useWordPress } from './wordpress-site.ts';

const story = (headline: string, text: string): DraftContent =>
  reporterStory(headline, article(paragraph(text)));

async function sentToDesk(wordpress: RunningWordPress, content: DraftContent) {
  const fx = await publishFixture(wordpress, 'contributor');
  const draftId = await fx.createDraft(content);
  return { fx, draftId, postId: await runOutboxJob(fx, draftId, 'pending'), world: deskWorld(fx) };
}

describe.skipIf(unavailable)(
  'with the midad-bridge plugin the whole document goes to the desk and back',
  () => {
    const { site } = useWordPress({ permalinks: 'pretty', locale: 'ar', midadBridge: true });

    it('sends the document with the pending post, shows it only to who may edit, and brings the desk’s version back', async () => {
      const sent = story('مادة تسافر كاملة', 'النص كما كتبه المراسل.');
      const { fx, draftId, postId, world } = await sentToDesk(site(), sent);
      expect(fx.site.reviewBridge).not.toBeNull();

      const copyEditor = clientAs(site(), 'editor');
      const onSite = await copyEditor.getPost(postId);
      const document = documentOfPost(onSite);
      if (!document.ok) throw new Error(document.reason);
      expect(document.envelope.content).toMatchObject({
        meta: { headline: 'مادة تسافر كاملة' },
        body: JSON.parse(JSON.stringify(sent.body)),
      });
      // The text on the site is plain WordPress markup: nothing of the document leaks into it.
      expect(onSite.content.raw).not.toContain('midad-document');

      // Another account that may not edit the post does not see the document.
      const other = await clientAs(site(), 'author')
        .getPostAsReader(postId)
        .catch(() => null);
      expect(other === null || !documentOfPost(other).ok).toBe(true);

      // The copy editor changes the body, adds a comment, and sends it back to draft.
      const desksBody = JSON.parse(JSON.stringify(article(paragraph('النص بعد تحرير المكتب.'))));
      const built = buildDocument(
        {
          ...document.envelope.content,
          body: desksBody,
          review: {
            comments: [
              {
                id: 'thread-1',
                quote: 'النص',
                author: 'هدى',
                createdAt: new Date().toISOString(),
                text: 'راجع المصدر',
                resolved: false,
                replies: [],
              },
            ],
          },
        },
        new Date(Date.now() + 1000).toISOString(),
        1_000_000,
      );
      if (!built.ok) throw new Error('too large');
      await copyEditor.updatePost(postId, {
        status: 'draft',
        meta: { _midad_document: built.json },
      });

      const answer = await answerFromDesk(world, draftId);
      expect(answer.took).toBe('document');
      expect(answer.notice).toBeUndefined();
      expect(answer.draft.workflow).toEqual({ status: 'draft' });
      expect(answer.draft.body).toEqual(desksBody);
      expect(answer.draft.review.comments.map((thread) => thread.text)).toEqual(['راجع المصدر']);
      // The reporter's own text is still in the revisions.
      const revisions = await fx.library.listRevisions(draftId);
      const texts = await Promise.all(
        revisions.map(async (revision) =>
          JSON.stringify((await fx.library.getRevision(draftId, revision.id)).body),
        ),
      );
      expect(texts.some((text) => text.includes('النص كما كتبه المراسل.'))).toBe(true);
    });
  },
);

describe.skipIf(unavailable)('without the plugin only the text travels', () => {
  const { site } = useWordPress({ permalinks: 'pretty', locale: 'ar' });

  it('sends no document, takes the desk’s text from the post and says the review notes stayed behind', async () => {
    const { fx, draftId, postId, world } = await sentToDesk(
      site(),
      story('مادة بلا إضافة', 'النص الأول للمراسل.'),
    );
    expect(fx.site.reviewBridge).toBeNull();
    const copyEditor = clientAs(site(), 'editor');
    const onSite = await copyEditor.getPost(postId);
    expect(documentOfPost(onSite)).toEqual({ ok: false, reason: 'absent' });
    await copyEditor.updatePost(postId, {
      status: 'draft',
      content: '<!-- wp:paragraph -->\n<p>نص عدّله المكتب في ووردبريس.</p>\n<!-- /wp:paragraph -->',
    });
    const answer = await answerFromDesk(world, draftId);
    expect(answer.took).toBe('markup');
    expect(answer.notice).toBe('review_stayed_behind');
    expect(JSON.stringify(answer.draft.body)).toContain('نص عدّله المكتب في ووردبريس.');
    expect(answer.draft.meta.byline).toBe('مراسل مداد');
  });
});
