// The part of the search index that grows: the terms of drafts indexed since the last
// compaction (compact-index.ts), numbered as they first come, each with its postings, and
// how a draft is weighed on its terms (BM25 per field, kept as weight bytes 1-255).
import { forEachWordSpan, searchTermOf } from '../../../../common/arabic/search-terms.ts';
import type { SearchField } from '../../../contract/index.ts';
import { SEARCH_FIELDS, type SearchDocument } from './search-document.ts';

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
/** Weights are kept as bytes: a score times this, rounded, 1 to 255. */
export const WEIGHT_SCALE = 20;
/** Words kept with their term numbers before the table starts afresh: a bound on its memory, as for the term memo. */
const WORD_MEMO_LIMIT = 100_000;

/**
 * The terms of drafts indexed since the last compaction, numbered as they first come, each with
 * its postings; and how a draft is weighed on its terms (BM25 per field, as weight bytes 1-255).
 */
export class AddedTerms {
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
export class GrowingPostings {
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
