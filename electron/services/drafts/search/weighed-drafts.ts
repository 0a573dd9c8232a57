// Drafts weighed on their terms away from the index (a reading worker weighs them as it
// reads them), in the form they travel back in: the batch's terms once, and each draft's
// terms as numbers into them with their weight bytes, in typed arrays that are handed over
// rather than copied. The index then only files postings (added-terms.ts `addWeighed`).
import type { SearchDocument } from './search-document.ts';
import type { TermWeigher } from './term-weigher.ts';

export interface WeighedDrafts {
  /** Each term of the batch once. */
  terms: string[];
  /** Draft d's terms are termIndexes[starts[d]] up to termIndexes[starts[d + 1]], weighed by the same places of `weights`. */
  starts: Uint32Array;
  termIndexes: Uint32Array;
  weights: Uint8Array;
}

/** Gathers a batch of drafts as a long-lived weigher weighs them (its word memo outlives the batch). */
export class WeighedDraftsWriter {
  readonly #weigher: TermWeigher;
  /** The batch's number of each of the weigher's terms, plus one; 0 for a term not in the batch yet. */
  #inBatch = new Uint32Array(1024);
  readonly #weigherIds: number[] = [];
  readonly #starts: number[] = [0];
  readonly #termIndexes: number[] = [];
  readonly #weights: number[] = [];

  constructor(weigher: TermWeigher) {
    this.#weigher = weigher;
  }

  /** Weighs one more draft of the batch; it is the next one (0, 1, …) in `starts`. */
  add(document: SearchDocument): void {
    this.#weigher.weigh(document, (id, weight) => {
      if (id >= this.#inBatch.length) this.#grow(id);
      if (this.#inBatch[id] === 0) {
        this.#weigherIds.push(id);
        this.#inBatch[id] = this.#weigherIds.length;
      }
      this.#termIndexes.push(this.#inBatch[id] - 1);
      this.#weights.push(weight);
    });
    this.#starts.push(this.#termIndexes.length);
  }

  /** The batch so far; the writer starts a new one. */
  take(): WeighedDrafts {
    const { terms } = this.#weigher;
    const weighed: WeighedDrafts = {
      terms: this.#weigherIds.map((id) => terms[id]),
      starts: Uint32Array.from(this.#starts),
      termIndexes: Uint32Array.from(this.#termIndexes),
      weights: Uint8Array.from(this.#weights),
    };
    for (const id of this.#weigherIds) this.#inBatch[id] = 0;
    this.#weigherIds.length = 0;
    this.#starts.length = 1;
    this.#termIndexes.length = 0;
    this.#weights.length = 0;
    return weighed;
  }

  #grow(id: number): void {
    const grown = new Uint32Array(Math.max(id + 1, this.#inBatch.length * 2));
    grown.set(this.#inBatch);
    this.#inBatch = grown;
  }
}
