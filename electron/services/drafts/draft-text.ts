// What a draft.json's text holds, and whether it may be taken as it is: the one check of a
// draft file, made where draft-store.ts reads one and where a reading worker does
// (reading/draft-reading.ts). A body past the article's limits (document-boundary.ts) counts
// as unreadable: Midad never writes one.
import type { Draft } from '../../contract/index.ts';
import { isPastArticleLimits } from './document-boundary.ts';
import type { DraftFile } from './file-formats.ts';
import { newDraftId } from './ids.ts';
import { readDraftText, type UnreadableReason } from './migrations.ts';

export type DraftTextOutcome =
  /** `migrated`: the file was of an older version, to be written back as the current one. */
  { ok: true; draft: Draft; migrated: boolean } | { ok: false; reason: UnreadableReason };

/** The draft `draftId`'s draft.json text as a draft, or why it cannot be one. */
export function draftOfText(text: string, draftId: string): DraftTextOutcome {
  const outcome = readDraftText(text, { newDraftId });
  if (outcome.ok && outcome.draft.id === draftId && !isPastArticleLimits(outcome.draft.body))
    return {
      ok: true,
      draft: withoutFileFields(outcome.draft),
      migrated: outcome.migratedFrom !== null,
    };
  return { ok: false, reason: outcome.ok ? 'wrong_schema' : outcome.reason };
}

/** The draft as the contract knows it (already validated as a file: no second parse). */
function withoutFileFields(file: DraftFile): Draft {
  const { id, createdAt, updatedAt, workflow, meta, body, review, remote } = file;
  return { id, createdAt, updatedAt, workflow, meta, body, review, remote };
}
