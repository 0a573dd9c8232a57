// Drafts weighed on their terms away from the index (a reading worker weighs them as it
// reads them), and how they travel: each draft's terms as the worker's weigher numbers them,
// with their weight bytes, in typed arrays handed over rather than copied; and each term's
// text once per worker, with the first batch that uses it. The index then only files
// postings (added-terms.ts `addWeighed`), looking each of a worker's terms up once.
import type { SearchDocument } from './search-document.ts';
import type { TermWeigher } from './term-weigher.ts';

/** Drafts as another thread's weigher weighed them. */
export interface WeighedDrafts {
  /** That weigher's terms so far, by their numbers there; the same array from batch to batch, growing. */
  terms: readonly string[];
  /** Draft d's terms are termIds[starts[d]] up to termIds[starts[d + 1]], weighed by the same places of `weights`. */
  starts: Uint32Array;
  termIds: Uint32Array;
  weights: Uint8Array;
}

/** What travels for a batch: the terms first used in it, and its drafts' numbers and weights. */
export interface WeighedDraftsMessage {
  newTerms: string[];
  starts: Uint32Array;
  termIds: Uint32Array;
  weights: Uint8Array;
}

/** Gathers batches of drafts as a long-lived weigher weighs them (its word memo and numbering outlive a batch). */
export class WeighedDraftsWriter {
  readonly #weigher: TermWeigher;
  #termsSent = 0;
  readonly #starts: number[] = [0];
  readonly #termIds: number[] = [];
  readonly #weights: number[] = [];

  constructor(weigher: TermWeigher) {
    this.#weigher = weigher;
  }

  /** Weighs one more draft of the batch; it is the next one (0, 1, …) in `starts`. */
  add(document: SearchDocument): void {
    this.#weigher.weigh(document, (id, weight) => {
      this.#termIds.push(id);
      this.#weights.push(weight);
    });
    this.#starts.push(this.#termIds.length);
  }

  /** The batch so far, to send; the writer starts a new one. */
  take(): WeighedDraftsMessage {
    const { terms } = this.#weigher;
    const message: WeighedDraftsMessage = {
      newTerms: terms.slice(this.#termsSent),
      starts: Uint32Array.from(this.#starts),
      termIds: Uint32Array.from(this.#termIds),
      weights: Uint8Array.from(this.#weights),
    };
    this.#termsSent = terms.length;
    this.#starts.length = 1;
    this.#termIds.length = 0;
    this.#weights.length = 0;
    return message;
  }

  /** What a message hands over rather than copies. */
  static transferred(message: WeighedDraftsMessage): ArrayBuffer[] {
    const { starts, termIds, weights } = message;
    return [starts.buffer, termIds.buffer, weights.buffer] as ArrayBuffer[];
  }
}

/** The receiving end of one writer: its messages, in the order sent, as weighed drafts. */
export class WeighedDraftsReader {
  readonly #terms: string[] = [];

  receive(message: WeighedDraftsMessage): WeighedDrafts {
    for (const term of message.newTerms) this.#terms.push(term);
    const { starts, termIds, weights } = message;
    return { terms: this.#terms, starts, termIds, weights };
  }
}
