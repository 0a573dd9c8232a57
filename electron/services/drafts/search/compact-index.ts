// The full-text index over drafts as compact postings: each search term (normalized and
// stemmed, common/arabic/search-terms.ts) lists the ordinals of the drafts that hold it, each
// with a one-byte weight for ranking. No draft text is kept, so 10,000 drafts take a few MB;
// results are highlighted from the draft itself (draft-search.ts). Drafts indexed since the
// last compaction sit in a small growable part beside the compacted one.
import {
  forEachWordSpan,
  searchTermOf,
  searchTermsIn,
} from '../../../../common/arabic/search-terms.ts';
import { SEARCH_FIELDS, type SearchDocument } from './search-document.ts';
import type { SearchField } from '../../../contract/index.ts';

export interface IndexHit {
  id: string;
  score: number;
  /** Index terms that matched in this draft (normalized and stemmed). */
  terms: string[];
}

/** The compacted part: sorted terms, and per term its postings as varint ordinal gaps and weight bytes. */
export interface CompactPostings {
  terms: string[];
  /** offsets[i]..offsets[i + 1] are term i's bytes in `postings`. */
  offsets: Uint32Array;
  /** How many drafts each term is in. */
  counts: Uint32Array;
  postings: Uint8Array;
}

/** A draft the index holds: its id and the version (updatedAt) it was indexed at. */
export interface IndexedDraft {
  id: string;
  version: string;
}

export class CorruptIndexError extends Error {}

const BOOST: Record<SearchField, number> = {
  headline: 3,
  tags: 2,
  kicker: 1.5,
  section: 1.5,
  excerpt: 1,
  byline: 1,
  body: 1,
};
// Typical field lengths in words: BM25's length normalization without a second pass over the drafts.
const TYPICAL_WORDS: Record<SearchField, number> = {
  headline: 10,
  tags: 3,
  kicker: 3,
  section: 1,
  excerpt: 30,
  byline: 3,
  body: 800,
};
const K1 = 1.2;
const B = 0.7;
const WEIGHT_SCALE = 20;
/** The last word of a query matches as a prefix once it has this many letters (it may still be being typed). */
const PREFIX_MIN_LENGTH = 3;
const PREFIX_FACTOR = 0.375;
const MAX_QUERY_TERMS = 32;

/** Words kept with their term numbers before the table starts afresh: a bound on its memory, as for the term memo. */
const WORD_MEMO_LIMIT = 100_000;

/**
 * The terms of drafts indexed since the last compaction, numbered as they first come, each with
 * its postings; and how a draft is weighed on its terms (BM25 per field, as weight bytes 1-255).
 */
class AddedTerms {
  /** Term number of a word; -1 for a word with nothing searchable. */
  #idOfWord = new WordTable();
  readonly #idOfTerm = new Map<string, number>();
  readonly terms: string[] = [];
  readonly postings: GrowingPostings[] = [];
  // Scratch for weighing one draft, indexed by term number; only the entries a draft touched are reset.
  #frequencies = new Uint32Array(1024);
  #scores = new Float64Array(1024);
  readonly #inField: number[] = [];
  readonly #inDraft: number[] = [];

  get size(): number {
    return this.terms.length;
  }

  postingsOf(term: string): GrowingPostings | undefined {
    const id = this.#idOfTerm.get(term);
    return id === undefined ? undefined : this.postings[id];
  }

  /** Adds the postings of the draft numbered `ordinal`. */
  add(document: SearchDocument, ordinal: number): void {
    const inDraft = this.#inDraft;
    for (const field of SEARCH_FIELDS) {
      const inField = this.#inField;
      let words = 0;
      const text = document[field];
      forEachWordSpan(text, (start, end, hash) => {
        const id = this.#idOfWordOrNew(text, start, end, hash);
        if (id < 0) return;
        words += 1;
        if (this.#frequencies.length <= id) this.#growScratch();
        if (this.#frequencies[id] === 0) inField.push(id);
        this.#frequencies[id] += 1;
      });
      if (words === 0) continue;
      const lengthNorm = K1 * (1 - B + (B * words) / TYPICAL_WORDS[field]);
      for (const id of inField) {
        const frequency = this.#frequencies[id];
        this.#frequencies[id] = 0;
        const score = (BOOST[field] * frequency * (K1 + 1)) / (frequency + lengthNorm);
        if (this.#scores[id] === 0) inDraft.push(id);
        this.#scores[id] += score;
      }
      inField.length = 0;
    }
    for (const id of inDraft) {
      const weight = Math.max(1, Math.min(255, Math.round(this.#scores[id] * WEIGHT_SCALE)));
      this.#scores[id] = 0;
      this.postings[id].push((ordinal << 8) | weight);
    }
    inDraft.length = 0;
  }

  #idOfWordOrNew(text: string, start: number, end: number, hash: number): number {
    const known = this.#idOfWord.get(text, start, end, hash);
    if (known !== NOT_FOUND) return known;
    const word = text.slice(start, end);
    const term = searchTermOf(word);
    const id = term === null ? -1 : this.#idOfTermOrNew(term);
    if (this.#idOfWord.size >= WORD_MEMO_LIMIT) this.#idOfWord = new WordTable();
    this.#idOfWord.set(word, hash, id);
    return id;
  }

  #idOfTermOrNew(term: string): number {
    let id = this.#idOfTerm.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.#idOfTerm.set(term, id);
      this.terms.push(term);
      this.postings.push(new GrowingPostings());
    }
    return id;
  }

  #growScratch(): void {
    const length = Math.max(this.terms.length, this.#frequencies.length * 2);
    const frequencies = new Uint32Array(length);
    frequencies.set(this.#frequencies);
    this.#frequencies = frequencies;
    const scores = new Float64Array(length);
    scores.set(this.#scores);
    this.#scores = scores;
  }
}

const NOT_FOUND = -2;

/**
 * Words to numbers, looked up by where a word stands in a text: no copy of the word is made
 * to look it up (a Map would need one per word, millions at a first start), only to add it.
 */
class WordTable {
  #slots = new Int32Array(1 << 12).fill(-1);
  readonly #words: string[] = [];
  readonly #hashes: number[] = [];
  readonly #values: number[] = [];

  get size(): number {
    return this.#words.length;
  }

  /** The number kept for text[start, end), or NOT_FOUND. */
  get(text: string, start: number, end: number, hash: number): number {
    const mask = this.#slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.#slots[slot];
      if (entry < 0) return NOT_FOUND;
      if (this.#hashes[entry] === hash && sameWord(this.#words[entry], text, start, end))
        return this.#values[entry];
    }
  }

  /** Keeps `value` for `word`, which is not in the table yet. */
  set(word: string, hash: number, value: number): void {
    if ((this.#words.length + 1) * 2 > this.#slots.length) this.#grow();
    const entry = this.#words.length;
    this.#words.push(word);
    this.#hashes.push(hash);
    this.#values.push(value);
    this.#place(entry);
  }

  #place(entry: number): void {
    const mask = this.#slots.length - 1;
    let slot = this.#hashes[entry] & mask;
    while (this.#slots[slot] >= 0) slot = (slot + 1) & mask;
    this.#slots[slot] = entry;
  }

  #grow(): void {
    this.#slots = new Int32Array(this.#slots.length * 2).fill(-1);
    for (let entry = 0; entry < this.#words.length; entry += 1) this.#place(entry);
  }
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let index = 0; index < word.length; index += 1)
    if (word.charCodeAt(index) !== text.charCodeAt(start + index)) return false;
  return true;
}

/** A growable list of (ordinal << 8 | weight): the postings of drafts indexed since the last compaction. */
class GrowingPostings {
  items = new Uint32Array(4);
  length = 0;
  push(value: number): void {
    if (this.length === this.items.length) {
      const grown = new Uint32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length] = value;
    this.length += 1;
  }
}

export class CompactIndex {
  #drafts: (IndexedDraft | null)[];
  readonly #ordinalOf = new Map<string, number>();
  #live = 0;
  #base: CompactPostings;
  #added = new AddedTerms();

  private constructor(drafts: IndexedDraft[], base: CompactPostings) {
    this.#drafts = drafts;
    drafts.forEach((draft, ordinal) => this.#ordinalOf.set(draft.id, ordinal));
    this.#live = drafts.length;
    this.#base = base;
  }

  static empty(): CompactIndex {
    return new CompactIndex([], {
      terms: [],
      offsets: new Uint32Array(1),
      counts: new Uint32Array(0),
      postings: new Uint8Array(0),
    });
  }

  /** An index made of parts read back from disk; checked enough that searching it cannot go out of bounds. */
  static fromParts(drafts: IndexedDraft[], base: CompactPostings): CompactIndex {
    const { terms, offsets, counts, postings } = base;
    if (offsets.length !== terms.length + 1 || counts.length !== terms.length || offsets[0] !== 0)
      throw new CorruptIndexError('sizes');
    if (offsets[terms.length] !== postings.length) throw new CorruptIndexError('postings length');
    for (let index = 0; index < terms.length; index += 1) {
      if (offsets[index + 1] < offsets[index] || counts[index] > drafts.length)
        throw new CorruptIndexError('offsets');
      if (index > 0 && !(terms[index - 1] < terms[index]))
        throw new CorruptIndexError('term order');
    }
    if (new Set(drafts.map((draft) => draft.id)).size !== drafts.length)
      throw new CorruptIndexError('duplicate draft');
    return new CompactIndex(drafts, base);
  }

  /** The drafts indexed, each with the version indexed. */
  versions(): Map<string, string> {
    const versions = new Map<string, string>();
    for (const draft of this.#drafts) if (draft) versions.set(draft.id, draft.version);
    return versions;
  }

  /** The version indexed for `id`, if it is indexed. */
  versionOf(id: string): string | undefined {
    const ordinal = this.#ordinalOf.get(id);
    return ordinal === undefined ? undefined : this.#drafts[ordinal]?.version;
  }

  get size(): number {
    return this.#live;
  }

  put(document: SearchDocument, version: string): void {
    this.remove(document.id);
    const ordinal = this.#drafts.length;
    // Ordinals are packed with the weight into 32 bits.
    if (ordinal >= 1 << 24) this.compact();
    this.#drafts.push({ id: document.id, version });
    this.#ordinalOf.set(document.id, this.#drafts.length - 1);
    this.#live += 1;
    this.#added.add(document, this.#drafts.length - 1);
  }

  remove(id: string): void {
    const ordinal = this.#ordinalOf.get(id);
    if (ordinal === undefined) return;
    this.#drafts[ordinal] = null;
    this.#ordinalOf.delete(id);
    this.#live -= 1;
  }

  /** Drafts holding every word of the query (the last one also as a prefix), best first. */
  search(query: string): IndexHit[] {
    const queryTerms = [...new Set(searchTermsIn(query))].slice(0, MAX_QUERY_TERMS);
    if (queryTerms.length === 0) return [];
    const count = this.#drafts.length;
    const scores = new Float64Array(count);
    const groupsMatched = new Uint8Array(count);
    const prefixMatches = new Map<number, string[]>();
    queryTerms.forEach((queryTerm, position) => {
      const isPrefix = position === queryTerms.length - 1 && queryTerm.length >= PREFIX_MIN_LENGTH;
      const terms = isPrefix ? this.#termsStartingWith(queryTerm) : [queryTerm];
      const inGroup = new Uint8Array(count);
      for (const term of terms) {
        const factor = term === queryTerm ? 1 : PREFIX_FACTOR;
        const idf = this.#idf(term);
        this.#forEachPosting(term, (ordinal, weight) => {
          if (this.#drafts[ordinal] === null) return;
          scores[ordinal] += (factor * idf * weight) / WEIGHT_SCALE;
          if (inGroup[ordinal] === 0) {
            inGroup[ordinal] = 1;
            groupsMatched[ordinal] += 1;
          }
          if (isPrefix) {
            const matched = prefixMatches.get(ordinal);
            if (matched) matched.push(term);
            else prefixMatches.set(ordinal, [term]);
          }
        });
      }
    });
    const exact = queryTerms.slice(0, -1);
    const last = queryTerms[queryTerms.length - 1];
    const hits: IndexHit[] = [];
    for (let ordinal = 0; ordinal < count; ordinal += 1) {
      if (groupsMatched[ordinal] !== queryTerms.length) continue;
      const draft = this.#drafts[ordinal]!;
      hits.push({
        id: draft.id,
        score: scores[ordinal],
        terms: [...exact, ...(prefixMatches.get(ordinal) ?? [last])],
      });
    }
    return hits.sort((a, b) => b.score - a.score);
  }

  /**
   * Folds the drafts indexed since the last compaction into the compact part and drops
   * removed drafts, renumbering the rest; returns the parts to write to disk.
   */
  compact(): { drafts: IndexedDraft[]; base: CompactPostings } {
    const renumbered = new Int32Array(this.#drafts.length).fill(-1);
    const drafts: IndexedDraft[] = [];
    this.#drafts.forEach((draft, ordinal) => {
      if (!draft) return;
      renumbered[ordinal] = drafts.length;
      drafts.push(draft);
    });
    const terms = [...new Set([...this.#base.terms, ...this.#added.terms])].sort(compareTerms);
    const writer = new ByteWriter(this.#base.postings.length + this.#added.size * 8);
    const offsets = new Uint32Array(terms.length + 1);
    const counts = new Uint32Array(terms.length);
    let kept = 0;
    const keptTerms: string[] = [];
    for (const term of terms) {
      const start = writer.length;
      let previous = -1;
      let termCount = 0;
      // Old ordinals in the compact part all come before those added since: the merged list stays sorted.
      this.#forEachPosting(term, (ordinal, weight) => {
        const next = renumbered[ordinal];
        if (next < 0) return;
        writer.varint(next - previous - 1);
        writer.byte(weight);
        previous = next;
        termCount += 1;
      });
      if (termCount === 0) continue;
      offsets[kept] = start;
      counts[kept] = termCount;
      keptTerms.push(term);
      kept += 1;
      offsets[kept] = writer.length;
    }
    const base: CompactPostings = {
      terms: keptTerms,
      offsets: offsets.slice(0, kept + 1),
      counts: counts.slice(0, kept),
      postings: writer.bytes(),
    };
    this.#drafts = drafts;
    this.#ordinalOf.clear();
    drafts.forEach((draft, ordinal) => this.#ordinalOf.set(draft.id, ordinal));
    this.#live = drafts.length;
    this.#base = base;
    this.#added = new AddedTerms();
    return { drafts, base };
  }

  #idf(term: string): number {
    const position = this.#basePosition(term);
    const frequency =
      (position < 0 ? 0 : this.#base.counts[position]) +
      (this.#added.postingsOf(term)?.length ?? 0);
    return Math.log(1 + (this.#live - frequency + 0.5) / (frequency + 0.5));
  }

  #forEachPosting(term: string, visit: (ordinal: number, weight: number) => void): void {
    const position = this.#basePosition(term);
    if (position >= 0) {
      const { postings, offsets } = this.#base;
      const end = offsets[position + 1];
      const draftCount = this.#drafts.length;
      let at = offsets[position];
      let ordinal = -1;
      while (at < end) {
        let gap = 0;
        let shift = 0;
        let byte: number;
        do {
          if (at >= end || shift > 28) throw new CorruptIndexError('varint');
          byte = postings[at];
          at += 1;
          gap |= (byte & 0x7f) << shift;
          shift += 7;
        } while (byte & 0x80);
        ordinal += gap + 1;
        if (at >= end || ordinal >= draftCount) throw new CorruptIndexError('posting');
        visit(ordinal, postings[at]);
        at += 1;
      }
    }
    const added = this.#added.postingsOf(term);
    if (added)
      for (let index = 0; index < added.length; index += 1)
        visit(added.items[index] >>> 8, added.items[index] & 0xff);
  }

  #basePosition(term: string): number {
    const { terms } = this.#base;
    let low = 0;
    let high = terms.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (terms[middle] === term) return middle;
      if (terms[middle] < term) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  #termsStartingWith(prefix: string): string[] {
    const { terms } = this.#base;
    let low = 0;
    let high = terms.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (terms[middle] < prefix) low = middle + 1;
      else high = middle;
    }
    const found = new Set<string>();
    for (let index = low; index < terms.length && terms[index].startsWith(prefix); index += 1)
      found.add(terms[index]);
    for (const term of this.#added.terms) if (term.startsWith(prefix)) found.add(term);
    return [...found];
  }
}

function compareTerms(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

class ByteWriter {
  #bytes: Uint8Array;
  length = 0;
  constructor(capacity: number) {
    this.#bytes = new Uint8Array(Math.max(64, capacity));
  }
  byte(value: number): void {
    if (this.length === this.#bytes.length) this.#grow();
    this.#bytes[this.length] = value;
    this.length += 1;
  }
  varint(value: number): void {
    let rest = value;
    while (rest >= 0x80) {
      this.byte((rest & 0x7f) | 0x80);
      rest >>>= 7;
    }
    this.byte(rest);
  }
  bytes(): Uint8Array {
    return this.#bytes.slice(0, this.length);
  }
  #grow(): void {
    const grown = new Uint8Array(this.#bytes.length * 2);
    grown.set(this.#bytes);
    this.#bytes = grown;
  }
}
