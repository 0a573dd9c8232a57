// The edits that put another text in place of the draft's as one step, the text replaced
// kept as a revision first so each can be undone: an old revision restored, unknown nodes
// made paragraphs of their text, the site's version (or a merge with it) taken.
import type { DraftContent, DraftSaveResult } from '../../contract/index.ts';
import { checkArticleBody } from '../../../common/document/article-document-check.ts';
import { unknownNodesAsText } from '../../../common/document/unknown-nodes-as-text.ts';
import { ServiceError } from '../service-error.ts';
import { requireArticleBody } from './document-boundary.ts';
import type { LibraryCore } from './library-core.ts';

/** Puts an old revision back; the text it replaces is kept as a revision first, so this can be undone. */
export async function restoreRevision(
  core: LibraryCore,
  draftId: string,
  revisionId: string,
): Promise<DraftSaveResult> {
  return core.run(draftId, async () => {
    const current = await core.readExisting(draftId);
    const revision = await core.revisions.file(draftId, revisionId);
    // A revision file is on disk, where anything may have changed it: it enters like any document.
    requireArticleBody(revision.body);
    // A revision from before review notes keeps today's comments: their marks may be gone, but not the notes.
    const review = revision.review ?? current.review;
    const restored = { ...current, meta: revision.meta, body: revision.body, review };
    const result = await core.replaceKeepingRevision(current, restored, 'before_restore');
    core.onDraftChanged(draftId, 'saved');
    return result;
  });
}

/**
 * Makes a draft with node types Midad does not know editable: each becomes paragraphs of its
 * text. The draft as it was is kept as a revision first. A draft with nothing unknown is left
 * alone; one the schema refuses for anything else keeps that refusal's code.
 */
export async function keepUnknownAsText(
  core: LibraryCore,
  draftId: string,
): Promise<DraftSaveResult> {
  return core.run(draftId, async () => {
    const current = await core.readExisting(draftId);
    const check = checkArticleBody(current.body);
    if (check.ok) return core.unchanged(current);
    if (check.code !== 'document.unknown_node') throw new ServiceError(check.code, [check.detail]);
    const body = unknownNodesAsText(current.body);
    requireArticleBody(body);
    const result = await core.replaceKeepingRevision(
      current,
      { ...current, body },
      'before_keep_as_text',
    );
    core.onDraftChanged(draftId, 'saved');
    return result;
  });
}

/**
 * Puts another version of the text in place (the site's, or a merge with it) as one step:
 * the text it replaces is kept as a revision first, so nothing typed here is lost.
 */
export async function replaceContent(
  core: LibraryCore,
  draftId: string,
  content: DraftContent,
): Promise<DraftSaveResult> {
  requireArticleBody(content.body);
  return core.run(draftId, async () => {
    const current = await core.readExisting(draftId);
    const replaced = {
      ...current,
      meta: content.meta,
      body: content.body,
      review: content.review ?? current.review,
    };
    return core.replaceKeepingRevision(current, replaced, 'before_site_version');
  });
}
