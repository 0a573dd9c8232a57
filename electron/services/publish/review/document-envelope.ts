// Midad's whole document as it travels in a post's `_midad_document` meta (the midad-bridge
// plugin): a small versioned envelope around the draft's content. The content is opaque
// here on purpose, so fields other features add to a draft (review notes, marks) travel
// without this module knowing them.
import * as z from 'zod';

export const DOCUMENT_FORMAT = 'midad-document';
export const DOCUMENT_VERSION = 1;
/** The post meta key the plugin registers. */
export const DOCUMENT_META_KEY = '_midad_document';

const envelopeSchema = z.object({
  format: z.literal(DOCUMENT_FORMAT),
  version: z.number().int().positive(),
  /** When the sender wrote it (ISO): lets a reader tell the desk's document from its own. */
  writtenAt: z.string(),
  content: z.record(z.string(), z.unknown()),
});
export type DocumentEnvelope = z.infer<typeof envelopeSchema>;

/** Why a post's document was not taken; the UI tells the user the text came from the post instead. */
export type DocumentUnreadable = 'absent' | 'not_json' | 'wrong_format' | 'too_new';

export type BuiltDocument =
  | { ok: true; json: string; bytes: number }
  | { ok: false; reason: 'too_large'; bytes: number; limit: number };

/** The meta value for a draft's content, or too_large when the site's plugin would refuse it. */
export function buildDocument(
  content: Record<string, unknown>,
  writtenAt: string,
  maxDocumentBytes: number,
): BuiltDocument {
  const envelope: DocumentEnvelope = {
    format: DOCUMENT_FORMAT,
    version: DOCUMENT_VERSION,
    writtenAt,
    content,
  };
  const json = JSON.stringify(envelope);
  // The plugin counts bytes of the stored string, not characters: Arabic is two bytes a letter.
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes > maxDocumentBytes)
    return { ok: false, reason: 'too_large', bytes, limit: maxDocumentBytes };
  return { ok: true, json, bytes };
}

export type ParsedDocument =
  { ok: true; envelope: DocumentEnvelope } | { ok: false; reason: DocumentUnreadable };

/** The document a meta value holds, or why it could not be read; never throws on bad input. */
export function parseDocument(value: unknown): ParsedDocument {
  if (typeof value !== 'string' || value.trim() === '') return { ok: false, reason: 'absent' };
  let data: unknown;
  try {
    data = JSON.parse(value);
  } catch {
    return { ok: false, reason: 'not_json' };
  }
  const parsed = envelopeSchema.safeParse(data);
  if (!parsed.success) return { ok: false, reason: 'wrong_format' };
  // A newer Midad may have changed what content means: reading it as version 1 could lose notes.
  if (parsed.data.version > DOCUMENT_VERSION) return { ok: false, reason: 'too_new' };
  return { ok: true, envelope: parsed.data };
}

/** The document a post fetched with context=edit carries in its meta, or why not. */
export function documentOfPost(post: Readonly<Record<string, unknown>>): ParsedDocument {
  const meta = post.meta;
  if (typeof meta !== 'object' || meta === null) return { ok: false, reason: 'absent' };
  return parseDocument((meta as Record<string, unknown>)[DOCUMENT_META_KEY]);
}
