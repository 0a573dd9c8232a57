// The files the library writes, each with a `format` and a `schemaVersion`, validated
// whenever they are read back. Older versions go through migrations.ts first.
import * as z from 'zod';
import {
  articleMetaSchema,
  draftReviewSchema,
  draftSchema,
  draftSummarySchema,
  editorStateSchema,
  revisionIdSchema,
  revisionReasonSchema,
  workflowStatusSchema,
  draftIdSchema,
} from '../../contract/index.ts';

export const CURRENT_SCHEMA_VERSION = 1;

export const draftFileSchema = draftSchema.extend({
  format: z.literal('midad.draft'),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
});
export type DraftFile = z.infer<typeof draftFileSchema>;

export const revisionFileSchema = z.object({
  format: z.literal('midad.revision'),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: revisionIdSchema,
  draftId: draftIdSchema,
  createdAt: z.iso.datetime(),
  reason: revisionReasonSchema,
  status: workflowStatusSchema,
  by: z.string().max(200).optional(),
  words: z.number().int().nonnegative(),
  characters: z.number().int().nonnegative(),
  meta: articleMetaSchema,
  body: editorStateSchema,
  /** Revisions kept before review notes existed have none. */
  review: draftReviewSchema.optional(),
});
export type RevisionFile = z.infer<typeof revisionFileSchema>;

export const trashNoteSchema = z.object({
  format: z.literal('midad.trash-note'),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  trashedAt: z.iso.datetime(),
});

/** Bumped when a summary gains what older caches lack: such a cache is read as missing and rebuilt once. */
export const LIBRARY_SUMMARY_VERSION = 2;

export const libraryIndexSchema = z.object({
  format: z.literal('midad.library-index'),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  // Summaries from before `sync` followed the posts said "local" for every draft.
  summaryVersion: z.literal(LIBRARY_SUMMARY_VERSION),
  drafts: z.array(
    z.object({
      summary: draftSummarySchema,
      /** draft.json's size and modification time when summarized: a hand-made change shows. */
      stamp: z.object({ size: z.number(), mtimeMs: z.number() }).nullable(),
    }),
  ),
});
export type LibraryIndexEntry = z.infer<typeof libraryIndexSchema>['drafts'][number];
export type FileStamp = NonNullable<LibraryIndexEntry['stamp']>;

export const libraryStateSchema = z.object({
  format: z.literal('midad.library'),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  /** The foundation's current.json, once imported: which draft it became and its savedAt then. */
  legacyCurrentDocument: z.object({ draftId: draftIdSchema, savedAt: z.string() }).nullable(),
});
export type LibraryState = z.infer<typeof libraryStateSchema>;

/** Compact JSON: a 20,000-word body is rewritten on every autosave, so bytes count. */
export function serialize(value: unknown): string {
  return JSON.stringify(value);
}
