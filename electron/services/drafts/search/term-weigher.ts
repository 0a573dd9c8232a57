// How a draft is weighed on its terms: BM25 per field, kept as weight bytes 1-255. The one
// place weights are made, whichever thread reads the draft (the index's own, or a reading
// worker's: reading/draft-reading.ts), so the index holds the same bytes either way.
import { forEachWordSpan, searchTermOf } from '../../../../common/arabic/search-terms.ts';
import type { SearchField } from '../../../contract/index.ts';
import { SEARCH_FIELDS, type SearchDocument } from './search-document.ts';
import { NOT_FOUND, WordTable } from './word-table.ts';

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
 * Weighs drafts on their terms, numbering the terms as they first come. A draft's weights
 * depend on its text alone; the numbers only on what this weigher saw before.
 */
export class TermWeigher {
  /** Term number of a word; -1 for a word with nothing searchable. */
  #idOfWord = new WordTable();
  readonly #idOfTerm = new Map<string, number>();
  readonly terms: string[] = [];
  readonly #onNewTerm: (id: number) => void;
  // Scratch for weighing one draft, indexed by term number; only the entries a draft touched are reset.
  #frequencies = new Uint32Array(1024);
  #scores = new Float64Array(1024);
  readonly #inField: number[] = [];
  readonly #inDraft: number[] = [];

  /** `onNewTerm` is told each term's number as it is given, before it is weighed. */
  constructor(onNewTerm: (id: number) => void = () => {}) {
    this.#onNewTerm = onNewTerm;
  }

  idOf(term: string): number | undefined {
    return this.#idOfTerm.get(term);
  }

  /** Calls `visit` once for each term of the draft, with the term's number and its weight byte. */
  weigh(document: SearchDocument, visit: (id: number, weight: number) => void): void {
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
      visit(id, weight);
    }
    inDraft.length = 0;
  }

  /** The term's number, given now if it has none yet. */
  idOfTermOrNew(term: string): number {
    let id = this.#idOfTerm.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.#idOfTerm.set(term, id);
      this.terms.push(term);
      this.#onNewTerm(id);
    }
    return id;
  }

  #idOfWordOrNew(text: string, start: number, end: number, hash: number): number {
    const known = this.#idOfWord.get(text, start, end, hash);
    if (known !== NOT_FOUND) return known;
    const word = text.slice(start, end);
    const term = searchTermOf(word);
    const id = term === null ? -1 : this.idOfTermOrNew(term);
    if (this.#idOfWord.size >= WORD_MEMO_LIMIT) this.#idOfWord = new WordTable();
    this.#idOfWord.set(word, hash, id);
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
