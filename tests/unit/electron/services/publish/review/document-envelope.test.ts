// The whole document as it travels in `_midad_document`: what is sent, what is refused as
// too large, and what a reader makes of garbage or a newer Midad's document.
import { describe, expect, it } from 'vitest';
import {
  buildDocument,
  documentOfPost,
  parseDocument,
} from '../../../../../../electron/services/publish/review/document-envelope.ts';

const content = {
  meta: { headline: 'عنوان الخبر' },
  body: {
    root: {
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'text', text: 'نص مع اقتراح' }] }],
    },
  },
  review: { comments: [{ id: 'c1', text: 'راجع الرقم' }] },
};

describe('the document envelope', () => {
  it('carries the whole content back unchanged, fields it does not know included', () => {
    const built = buildDocument(content, '2030-01-01T00:00:00.000Z', 1_000_000);
    if (!built.ok) throw new Error('expected a document');
    const parsed = parseDocument(built.json);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.envelope.content).toEqual(content);
    expect(parsed.envelope.writtenAt).toBe('2030-01-01T00:00:00.000Z');
  });

  it('refuses a document larger than the site allows, counting Arabic letters as the bytes they are', () => {
    const built = buildDocument(content, '2030-01-01T00:00:00.000Z', 1_000_000);
    if (!built.ok) throw new Error('expected a document');
    expect(built.bytes).toBeGreaterThan(built.json.length);
    const tooBig = buildDocument(content, '2030-01-01T00:00:00.000Z', built.json.length);
    expect(tooBig).toMatchObject({ ok: false, reason: 'too_large', limit: built.json.length });
  });

  it('says why a meta value could not be read instead of throwing', () => {
    expect(parseDocument(undefined)).toEqual({ ok: false, reason: 'absent' });
    expect(parseDocument('')).toEqual({ ok: false, reason: 'absent' });
    expect(parseDocument('{not json')).toEqual({ ok: false, reason: 'not_json' });
    expect(parseDocument('{"format":"other","version":1,"writtenAt":"x","content":{}}')).toEqual({
      ok: false,
      reason: 'wrong_format',
    });
    expect(parseDocument('[1,2]')).toEqual({ ok: false, reason: 'wrong_format' });
  });

  it('does not read a document a newer Midad wrote, so its notes are not half understood', () => {
    const future = JSON.stringify({
      format: 'midad-document',
      version: 2,
      writtenAt: 'x',
      content,
    });
    expect(parseDocument(future)).toEqual({ ok: false, reason: 'too_new' });
  });

  it('finds the document in a post fetched for editing, and reports it absent without the plugin', () => {
    const built = buildDocument(content, 'x', 1_000_000);
    if (!built.ok) throw new Error('expected a document');
    expect(documentOfPost({ meta: { _midad_document: built.json } })).toMatchObject({ ok: true });
    expect(documentOfPost({})).toEqual({ ok: false, reason: 'absent' });
    expect(documentOfPost({ meta: [] })).toEqual({ ok: false, reason: 'absent' });
  });
});
