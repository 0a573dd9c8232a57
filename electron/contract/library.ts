// The library as a whole: search, reading at a first start, problems found, import and export.
import * as z from 'zod';
import { lazySchema } from './lazy-schema.ts';
import { draftSchema } from './drafts.ts';
import { draftIdSchema, isoTimeSchema, revisionIdSchema } from './identifiers.ts';

export const searchFieldSchema = lazySchema(() =>
  z.enum(['headline', 'kicker', 'excerpt', 'tags', 'section', 'byline', 'body']),
);
export type SearchField = z.infer<typeof searchFieldSchema>;

export const searchOptionsSchema = lazySchema(() =>
  z.object({ limit: z.number().int().min(1).max(200).optional() }).strict(),
);

const textRangeSchema = lazySchema(() =>
  z.object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  }),
);
export const searchResultSchema = lazySchema(() =>
  z.object({
    draftId: draftIdSchema,
    score: z.number(),
    /** The normalized terms that matched, as the index holds them. */
    matchedTerms: z.array(z.string()),
    /** Per matched field: its text (a short window for the body) and where the matches are in it. */
    highlights: z.array(
      z.object({ field: searchFieldSchema, text: z.string(), ranges: z.array(textRangeSchema) }),
    ),
  }),
);
export type SearchResult = z.infer<typeof searchResultSchema>;

/**
 * How far the library has read its drafts at this start. A first start without caches reads
 * them in the background: the list and search answer from what is read so far meanwhile.
 */
export const libraryReadingSchema = lazySchema(() =>
  z.object({
    /** Drafts in the list so far, and drafts in the library's folder. */
    listed: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
    /** Drafts search can find so far. */
    searchable: z.number().int().nonnegative(),
    /** Every draft read and searchable. */
    complete: z.boolean(),
  }),
);
export type LibraryReading = z.infer<typeof libraryReadingSchema>;

/** A search's results, and how much of the library it looked at (all of it once reading is complete). */
export const librarySearchSchema = lazySchema(() =>
  z.object({
    results: z.array(searchResultSchema),
    reading: libraryReadingSchema,
  }),
);
export type LibrarySearch = z.infer<typeof librarySearchSchema>;

export const libraryProblemSchema = lazySchema(() =>
  z.object({
    draftId: draftIdSchema.nullable(),
    kind: z.enum([
      'draft_unreadable',
      'draft_missing',
      'revision_unreadable',
      'legacy_document_unreadable',
    ]),
    reason: z.enum(['not_json', 'wrong_schema', 'future_version', 'read_failed', 'missing']),
    /** Where the file was, relative to the data folder. */
    originalPath: z.string(),
    /** Where its raw bytes are now (absolute, for the user to find), or null if it stayed put. */
    quarantinePath: z.string().nullable(),
    /** The revision the draft was rebuilt from, if it was. */
    recoveredFromRevision: revisionIdSchema.nullable(),
    detectedAt: isoTimeSchema,
  }),
);
export type LibraryProblem = z.infer<typeof libraryProblemSchema>;

export const exportOptionsSchema = lazySchema(() =>
  z.object({ includeRevisions: z.boolean().optional() }).strict(),
);

export const importResultSchema = lazySchema(() =>
  z.object({
    draftId: draftIdSchema,
    /** 'copy' when a draft with the file's id already existed: it is never overwritten. */
    outcome: z.enum(['imported', 'copy']),
    originalId: draftIdSchema,
    revisions: z.number().int().nonnegative(),
  }),
);
export type ImportResult = z.infer<typeof importResultSchema>;

/**
 * What an import changed or left out, counted by the host and shown once to the user (never
 * stored): each a number of the document's things.
 */
export const docxImportReportSchema = lazySchema(() =>
  z.object({
    /** Paragraphs Word marked right-to-left (w:bidi) that keep that direction. */
    rightToLeft: z.number().int().nonnegative(),
    /** Paragraphs in a quote style (Quote, Block Text, Quotations…) made the article's quote. */
    quotes: z.number().int().nonnegative(),
    tables: z.number().int().nonnegative(),
    /** Rows or columns past the article's table limits, left out. */
    tableCellsLeftOut: z.number().int().nonnegative(),
    /** Footnotes and endnotes moved to the notes at the end. */
    notes: z.number().int().nonnegative(),
    /** Caption paragraphs that became their image's caption. */
    captions: z.number().int().nonnegative(),
    /** Pictures in a format an article cannot hold (EMF, TIFF…). */
    imagesLeftOut: z.number().int().nonnegative(),
    /** Drawn shapes, charts, SmartArt and embedded objects. */
    shapesLeftOut: z.number().int().nonnegative(),
    commentsLeftOut: z.number().int().nonnegative(),
  }),
);
export type DocxImportReport = z.infer<typeof docxImportReportSchema>;

/** A new draft made from a .docx: its headline set, its images stored; the renderer cleans `html` and saves it as the body. */
export const docxImportSchema = lazySchema(() =>
  z.object({ draft: draftSchema, html: z.string(), report: docxImportReportSchema }),
);
export type DocxImport = z.infer<typeof docxImportSchema>;
