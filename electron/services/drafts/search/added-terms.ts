// The part of the search index that grows: the terms of drafts indexed since the last
// compaction (compact-index.ts), numbered as they first come, each with its postings. A
// draft is weighed here (term-weigher.ts) or comes weighed from a reading worker.
import { TermWeigher } from './term-weigher.ts';
import type { SearchDocument } from './search-document.ts';
import type { WeighedDrafts } from './weighed-drafts.ts';

/** The terms of drafts indexed since the last compaction, numbered as they first come, each with its postings. */
export class AddedTerms {
  readonly postings: GrowingPostings[] = [];
  readonly #weigher = new TermWeigher(() => this.postings.push(new GrowingPostings()));
  /** Per reading worker's terms (weighed-drafts.ts), our numbers of them: each is looked up once. */
  readonly #theirIds = new WeakMap<readonly string[], Int32Array>();

  get terms(): readonly string[] {
    return this.#weigher.terms;
  }

  get size(): number {
    return this.postings.length;
  }

  postingsOf(term: string): GrowingPostings | undefined {
    const id = this.#weigher.idOf(term);
    return id === undefined ? undefined : this.postings[id];
  }

  /** Adds the postings of the draft numbered `ordinal`. */
  add(document: SearchDocument, ordinal: number): void {
    this.#weigher.weigh(document, (id, weight) => this.postings[id].push((ordinal << 8) | weight));
  }

  /**
   * Adds the postings of a batch of drafts weighed elsewhere: its draft d as `ordinals[d]`,
   * or not at all where that is -1. Ordinals rise with d, so each term's postings stay in order.
   */
  addWeighed(weighed: WeighedDrafts, ordinals: Int32Array): void {
    const { terms, termIds, runStarts, drafts } = weighed;
    const ids = this.#idsFor(terms);
    for (let run = 0; run < termIds.length; run += 1) {
      const from = runStarts[run];
      const to = runStarts[run + 1];
      // A term only of drafts not taken (dropped for a newer read) gets no number.
      let first = from;
      while (first < to && ordinals[drafts[first]] < 0) first += 1;
      if (first === to) continue;
      const theirs = termIds[run];
      if (ids[theirs] < 0) ids[theirs] = this.#weigher.idOfTermOrNew(terms[theirs]);
      this.postings[ids[theirs]].pushRun(weighed, ordinals, first, to);
    }
  }

  /** Our number of each of another weigher's terms (-1: not looked up yet), kept from batch to batch. */
  #idsFor(terms: readonly string[]): Int32Array {
    const known = this.#theirIds.get(terms);
    if (known && known.length >= terms.length) return known;
    const ids = new Int32Array(Math.max(terms.length, (known?.length ?? 0) * 2)).fill(-1);
    if (known) ids.set(known);
    this.#theirIds.set(terms, ids);
    return ids;
  }
}

/** Below this many items a list of postings grows fourfold. */
const SMALL_POSTINGS = 1024;

/** A growable list of (ordinal << 8 | weight): the postings of drafts indexed since the last compaction. */
export class GrowingPostings {
  items = new Uint32Array(4);
  length = 0;
  push(value: number): void {
    if (this.length === this.items.length) this.#grow(this.length + 1);
    this.items[this.length] = value;
    this.length += 1;
  }

  /**
   * Appends postings from to to of a weighed batch, skipping drafts without an ordinal (-1):
   * one capacity check per run, as a first start files millions of postings.
   */
  pushRun(
    { drafts, weights }: Pick<WeighedDrafts, 'drafts' | 'weights'>,
    ordinals: Int32Array,
    from: number,
    to: number,
  ): void {
    if (this.length + (to - from) > this.items.length) this.#grow(this.length + (to - from));
    const items = this.items;
    let length = this.length;
    for (let at = from; at < to; at += 1) {
      const ordinal = ordinals[drafts[at]];
      if (ordinal >= 0) items[length++] = (ordinal << 8) | weights[at];
    }
    this.length = length;
  }

  #grow(atLeast: number): void {
    // Each array allocated is costly (a first start files ~400 postings a draft over thousands of
    // terms): small lists grow fourfold; large ones, which hold the bytes, twofold.
    const factor = this.items.length < SMALL_POSTINGS ? 4 : 2;
    const grown = new Uint32Array(Math.max(atLeast, this.items.length * factor));
    grown.set(this.items);
    this.items = grown;
  }
}
