// The writing screen of one draft: its metadata, its body in the editor, live counters,
// and autosave (after a pause, on window blur, when the page is hidden, before a switch).
import type { EditorState, LexicalEditor } from 'lexical';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import type { ArticleMeta, Draft, DraftContent } from '../../../electron/contract/index.ts';
import { checkArticleBody } from '../../../common/document/article-document-check.ts';
import { unknownNodesAsText } from '../../../common/document/unknown-nodes-as-text.ts';
import { DraftIdContext, SitePicturesContext } from '../../editor/draft-context.ts';
import { Editor } from '../../editor/Editor.tsx';
import { HouseStylePlugin } from '../house-style/HouseStylePlugin.tsx';
import { SpellingPlugin } from '../spelling/SpellingPlugin.tsx';
import { SuggestingToggle } from '../review/SuggestingToggle.tsx';
import { SuggestionsPlugin } from '../review/SuggestionsPlugin.tsx';
import { CommentsPlugin } from '../review/comments/CommentsPlugin.tsx';
import { useReviewStore } from '../review/comments/review-store.ts';
import { formatTags, parseTags } from './article-meta.ts';
import { isBlankBody } from './blank-body.ts';
import type { SaveStatus } from './autosaver.ts';
import { initialSaveStatus } from './save-status.ts';
import { Counters } from './Counters.tsx';
import { HeldBackNotice } from './HeldBackNotice.tsx';
import { MetaFields } from './MetaFields.tsx';
import { useArticleCounts } from './useArticleCounts.ts';
import { useAutosaver } from './useAutosaver.ts';
import { useSelectionCounts } from './useSelectionCounts.ts';

/** What the frame around the article may ask of it. */
export interface ArticleControl {
  /** Saves what is unsaved; true once it is all on disk. */
  flush(): Promise<boolean>;
}

interface ArticleWorkspaceProps {
  draft: Draft;
  controlRef: RefObject<ArticleControl | null>;
  onSaveStatus: (status: SaveStatus) => void;
  /** For a draft held back for node types Midad does not know: turn them into text on disk, then show it. */
  onKeepAsText: () => Promise<void>;
}

// Lexical types the root's `type` as any string; the contract pins it to 'root'.
const toDraftBody = (editorState: EditorState) =>
  editorState.toJSON() as unknown as DraftContent['body'];

export function ArticleWorkspace({
  draft,
  controlRef,
  onSaveStatus,
  onKeepAsText,
}: ArticleWorkspaceProps) {
  // A draft on disk the article schema refuses (node types of a newer Midad, a hand-made file)
  // is shown read-only and never saved: the first keystroke must not write over what it holds.
  const check = useMemo(() => checkArticleBody(draft.body), [draft.body]);
  const refusal = check.ok ? null : check;
  const shownBody = useMemo(
    () =>
      refusal === null
        ? draft.body
        : refusal.code === 'document.unknown_node'
          ? unknownNodesAsText(draft.body)
          : null,
    [refusal, draft.body],
  );
  const editorRef = useRef<LexicalEditor | null>(null);
  const [meta, setMeta] = useState<ArticleMeta>(draft.meta);
  const [tagsLine, setTagsLine] = useState(() => formatTags(draft.meta.tags));
  const metaRef = useRef(meta);
  metaRef.current = meta;
  const reviewStore = useReviewStore();
  // The store is the shell's; each opened draft puts its own comments in it, before the baseline below reads them.
  useLayoutEffect(() => reviewStore?.load(draft.review), [reviewStore, draft.review]);
  const reviewOf = useCallback(
    () => reviewStore?.getState().review ?? draft.review,
    [reviewStore, draft.review],
  );
  const sitePictures = useMemo(() => sitePicturesOf(draft.remote), [draft.remote]);

  const snapshot = useCallback((): DraftContent | null => {
    const editor = editorRef.current;
    if (!editor || refusal) return null;
    return {
      meta: metaRef.current,
      body: toDraftBody(editor.getEditorState()),
      review: reviewOf(),
    };
  }, [reviewOf, refusal]);
  const autosaver = useAutosaver(draft.id, snapshot, onSaveStatus);
  useEffect(
    () => reviewStore?.onReviewChanged(() => autosaver.schedule()),
    [reviewStore, autosaver],
  );
  const { counts, recount } = useArticleCounts();
  const selectionCounts = useSelectionCounts(editorRef);

  // A newly shown draft starts from where it stood on disk when it was opened.
  const opened = useRef(draft);
  useEffect(() => onSaveStatus(initialSaveStatus(opened.current)), [onSaveStatus]);

  useEffect(() => {
    controlRef.current = { flush: () => autosaver.flush() };
    return () => {
      controlRef.current = null;
    };
  }, [autosaver, controlRef]);

  // The loaded draft, as the editor normalised it, is the baseline: opening is not a change.
  const baselineSet = useRef(false);
  const onBodyChange = useCallback(
    (editorState: EditorState) => {
      recount(editorState);
      if (baselineSet.current) autosaver.schedule();
    },
    [autosaver, recount],
  );
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || baselineSet.current) return;
    baselineSet.current = true;
    // Editor states are immutable: this one stays the draft as opened, serialized when idle.
    const opened = {
      meta: metaRef.current,
      editorState: editor.getEditorState(),
      review: reviewOf(),
    };
    autosaver.setBaseline(() => ({
      meta: opened.meta,
      body: toDraftBody(opened.editorState),
      review: opened.review,
    }));
    const idle = requestIdleCallback(() => autosaver.settleBaseline());
    recount(opened.editorState);
    return () => cancelIdleCallback(idle);
  }, [autosaver, recount, reviewOf]);

  const updateMeta = (patch: Partial<ArticleMeta>) => {
    setMeta((previous) => ({ ...previous, ...patch }));
    autosaver.schedule();
  };

  const readOnly = draft.workflow.withDesk !== undefined || refusal !== null;
  return (
    <div className="article-screen">
      <main
        className="article"
        data-testid="article"
        data-draft-id={draft.id}
        data-read-only={readOnly}
      >
        {refusal && <HeldBackNotice refusal={refusal} onKeepAsText={onKeepAsText} />}
        <MetaFields
          meta={meta}
          readOnly={readOnly}
          tagsLine={tagsLine}
          onChange={(field, value) => updateMeta({ [field]: value })}
          onTagsChange={(line) => {
            setTagsLine(line);
            updateMeta({ tags: parseTags(line) });
          }}
        />
        <DraftIdContext value={draft.id}>
          <SitePicturesContext value={sitePictures}>
            <Editor
              initialBody={shownBody === null || isBlankBody(shownBody) ? null : shownBody}
              editorRef={editorRef}
              onChange={onBodyChange}
              onError={(error) => console.error(error)}
              readOnly={readOnly}
              toolbarEnd={<SuggestingToggle />}
            >
              <HouseStylePlugin />
              <SpellingPlugin />
              <SuggestionsPlugin />
              <CommentsPlugin />
            </Editor>
          </SitePicturesContext>
        </DraftIdContext>
      </main>
      <footer className="status-bar">
        <Counters counts={counts} selection={selectionCounts} />
      </footer>
    </div>
  );
}

/**
 * Each attachment's file here, by attachment id, from what the draft knows of its sites. A
 * draft is linked to one newsroom's site in practice; where two sites share an id, the first wins.
 */
function sitePicturesOf(remote: Draft['remote']): ReadonlyMap<number, string> {
  const pictures = new Map<number, string>();
  for (const post of Object.values(remote ?? {})) {
    for (const [hash, onSite] of Object.entries(post.media))
      if (!pictures.has(onSite.mediaId)) pictures.set(onSite.mediaId, hash);
  }
  return pictures;
}
