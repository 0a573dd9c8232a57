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
    const { terms, termIds, runStarts, drafts, weights } = weighed;
    const ids = this.#idsFor(terms);
    for (let run = 0; run < termIds.length; run += 1) {
      let postings: GrowingPostings | undefined;
      for (let at = runStarts[run]; at < runStarts[run + 1]; at += 1) {
        const ordinal = ordinals[drafts[at]];
        if (ordinal < 0) continue;
        if (!postings) {
          const theirs = termIds[run];
          if (ids[theirs] < 0) ids[theirs] = this.#weigher.idOfTermOrNew(terms[theirs]);
          postings = this.postings[ids[theirs]];
        }
        postings.push((ordinal << 8) | weights[at]);
      }
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
