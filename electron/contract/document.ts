// An article as a document: its fields and its Lexical body, and the foundation's one-article file.
import * as z from 'zod';
import { lazySchema } from './lazy-schema.ts';
import { languageSchema } from './settings.ts';

/** A Lexical serialized editor state: validated for shape, its nodes are Lexical's job. */
export const editorStateSchema = lazySchema(() =>
  z
    .object({ root: z.object({ type: z.literal('root'), children: z.array(z.unknown()) }).loose() })
    .loose(),
);

export const articleMetaSchema = lazySchema(() =>
  z.object({
    headline: z.string().max(500),
    kicker: z.string().max(500),
    section: z.string().max(200),
    byline: z.string().max(300),
    excerpt: z.string().max(2000),
    tags: z.array(z.string().min(1).max(100)).max(50),
    language: languageSchema,
    direction: z.enum(['rtl', 'ltr']),
  }),
);
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

export const DOCUMENT_SCHEMA_VERSION = 1;

/** The foundation's single article (drafts/current.json); now read only to migrate it into the library. */
export const articleDocumentSchema = lazySchema(() =>
  z.object({
    schemaVersion: z.literal(DOCUMENT_SCHEMA_VERSION),
    meta: articleMetaSchema,
    body: editorStateSchema,
  }),
);
export type ArticleDocument = z.infer<typeof articleDocumentSchema>;
