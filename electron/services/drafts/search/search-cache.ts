// The search index as a cache file: a JSON header (format, the drafts with their indexed
// versions, the terms), the term offsets and counts, the postings, and a SHA-256 of all of
// it. It is data on disk like any other: a file that is missing, of another version, cut
// short or altered is not used, and the index is rebuilt from the drafts.
import { createHash } from 'node:crypto';
import { writeFileAtomic } from '../../files/atomic-write.ts';
import type { FileSystem } from '../../files/file-system.ts';
import { CompactIndex, type CompactPostings, type IndexedDraft } from './compact-index.ts';

const MAGIC = 'MIDADSX2';
const FORMAT = 'midad.search-index';
const SCHEMA_VERSION = 2;
const DIGEST_BYTES = 32;

interface Header {
  format: typeof FORMAT;
  schemaVersion: typeof SCHEMA_VERSION;
  /** [draft id, version] by ordinal. */
  drafts: [string, string][];
  terms: string[];
}

export async function loadSearchCache(
  filePath: string,
  fs: FileSystem,
): Promise<CompactIndex | null> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readBytes(filePath);
  } catch {
    return null;
  }
  try {
    return decodeSearchCache(bytes);
  } catch {
    return null;
  }
}

export async function saveSearchCache(
  filePath: string,
  parts: { drafts: IndexedDraft[]; base: CompactPostings },
  fs: FileSystem,
): Promise<void> {
  await writeFileAtomic(filePath, encodeSearchCache(parts), fs);
}

export function encodeSearchCache({
  drafts,
  base,
}: {
  drafts: IndexedDraft[];
  base: CompactPostings;
}): Uint8Array {
  const header: Header = {
    format: FORMAT,
    schemaVersion: SCHEMA_VERSION,
    drafts: drafts.map((draft) => [draft.id, draft.version]),
    terms: base.terms,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const termCount = base.terms.length;
  const numbers = Buffer.alloc(4 * (termCount + 1) + 4 * termCount);
  base.offsets.forEach((offset, index) => numbers.writeUInt32LE(offset, 4 * index));
  base.counts.forEach((count, index) => numbers.writeUInt32LE(count, 4 * (termCount + 1 + index)));
  const lengths = Buffer.alloc(8);
  lengths.writeUInt32LE(headerBytes.length, 0);
  lengths.writeUInt32LE(base.postings.length, 4);
  const body = Buffer.concat([
    Buffer.from(MAGIC, 'latin1'),
    lengths,
    headerBytes,
    numbers,
    base.postings,
  ]);
  return Buffer.concat([body, createHash('sha256').update(body).digest()]);
}

/** Throws on anything but a file this version wrote, whole and unaltered. */
export function decodeSearchCache(file: Uint8Array): CompactIndex {
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (
    bytes.length < MAGIC.length + 8 + DIGEST_BYTES ||
    bytes.toString('latin1', 0, MAGIC.length) !== MAGIC
  )
    throw new Error('not a search index');
  const body = bytes.subarray(0, bytes.length - DIGEST_BYTES);
  if (
    !createHash('sha256')
      .update(body)
      .digest()
      .equals(bytes.subarray(bytes.length - DIGEST_BYTES))
  )
    throw new Error('checksum');
  let at = MAGIC.length;
  const headerLength = body.readUInt32LE(at);
  const postingsLength = body.readUInt32LE(at + 4);
  at += 8;
  const header = JSON.parse(body.toString('utf8', at, at + headerLength)) as Partial<Header>;
  at += headerLength;
  if (
    header.format !== FORMAT ||
    header.schemaVersion !== SCHEMA_VERSION ||
    !Array.isArray(header.drafts) ||
    !Array.isArray(header.terms)
  ) {
    throw new Error('header');
  }
  const drafts = header.drafts.map((pair) => {
    if (!Array.isArray(pair) || typeof pair[0] !== 'string' || typeof pair[1] !== 'string')
      throw new Error('draft');
    return { id: pair[0], version: pair[1] };
  });
  const terms = header.terms;
  if (!terms.every((term) => typeof term === 'string')) throw new Error('terms');
  const termCount = terms.length;
  if (body.length !== at + 8 * termCount + 4 + postingsLength) throw new Error('length');
  const offsets = new Uint32Array(termCount + 1);
  for (let index = 0; index <= termCount; index += 1)
    offsets[index] = body.readUInt32LE(at + 4 * index);
  at += 4 * (termCount + 1);
  const counts = new Uint32Array(termCount);
  for (let index = 0; index < termCount; index += 1)
    counts[index] = body.readUInt32LE(at + 4 * index);
  at += 4 * termCount;
  // A view, not a copy: the file's bytes are the postings (a few MB for 10,000 drafts).
  const postings = body.subarray(at, at + postingsLength);
  return CompactIndex.fromParts(drafts, { terms, offsets, counts, postings });
}
