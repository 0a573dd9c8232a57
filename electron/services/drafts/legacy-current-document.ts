// The foundation kept one article in drafts/current.json (its single-document store, since removed). The
// library takes it in as a draft through migration step 0, once per version of that
// file: if an older build writes it again, the newer version updates the same draft
// (with a revision) instead of making another. The file itself stays put, as a backup.
import type { Draft, DraftContent } from '../../contract/index.ts';
import { isMissingFileError, type FileSystem } from '../files/file-system.ts';
import { isPastArticleLimits } from './document-boundary.ts';
import { newDraftId } from './ids.ts';
import type { LibraryPaths } from './library-paths.ts';
import { readLibraryState, writeLibraryState } from './library-state.ts';
import { readDraftText } from './migrations.ts';
import type { Quarantine } from './quarantine.ts';

export interface LegacyImportTarget {
  where(draftId: string): 'drafts' | 'trash' | null;
  /** Makes a new draft from `draft`, its first revision marked as imported. */
  createImported(draft: Draft): Promise<void>;
  /** Replaces the content of an existing draft, keeping a revision marked as imported. */
  saveImported(draftId: string, content: DraftContent): Promise<void>;
}

export async function importLegacyCurrentDocument(
  paths: LibraryPaths,
  fs: FileSystem,
  quarantine: Quarantine,
  target: LegacyImportTarget,
): Promise<void> {
  const filePath = paths.legacyCurrentDocument;
  let text: string;
  try {
    text = await fs.readFile(filePath);
  } catch (error) {
    if (isMissingFileError(error)) return;
    quarantine.record({
      draftId: null,
      kind: 'legacy_document_unreadable',
      reason: 'read_failed',
      originalPath: filePath,
    });
    return;
  }
  const outcome = readDraftText(text, { newDraftId });
  // A body past the article's limits is no article the foundation wrote: as damaged as one that does not parse.
  if (!outcome.ok || isPastArticleLimits(outcome.draft.body)) {
    // Not moved: an older build may still use it; the problem says where it is.
    quarantine.record({
      draftId: null,
      kind: 'legacy_document_unreadable',
      reason: outcome.ok ? 'wrong_schema' : outcome.reason,
      originalPath: filePath,
    });
    return;
  }
  const savedAt = outcome.draft.updatedAt;
  const state = await readLibraryState(paths.libraryState, fs);
  const previous = state.legacyCurrentDocument;
  if (previous?.savedAt === savedAt) return;

  let draftId = previous?.draftId ?? outcome.draft.id;
  if (previous && target.where(draftId) === 'trash') draftId = newDraftId();
  // The id is written down before the draft exists, so a crash in between cannot import twice.
  if (draftId !== previous?.draftId) {
    await writeLibraryState(
      paths.libraryState,
      { ...state, legacyCurrentDocument: { draftId, savedAt: '' } },
      fs,
    );
  }
  const { meta, body } = outcome.draft;
  if (target.where(draftId) === 'drafts') await target.saveImported(draftId, { meta, body });
  else await target.createImported({ ...outcome.draft, id: draftId });
  await writeLibraryState(
    paths.libraryState,
    { ...state, legacyCurrentDocument: { draftId, savedAt } },
    fs,
  );
}
