// Drafts weighed on their terms away from the index (a reading worker weighs them as it
// reads them), and how they travel: grouped by term, as the index files them, each term of a
// batch once with the drafts that hold it and their weight bytes, in typed arrays handed
// over rather than copied; and each term's text once per worker, with the first batch that
// uses it. The index then only appends each term's run of postings (added-terms.ts
// `addWeighed`), looking each of a worker's terms up once.
import type { SearchDocument } from './search-document.ts';
import type { TermWeigher } from './term-weigher.ts';

/** A batch of drafts as another thread's weigher weighed them. */
export interface WeighedDrafts {
  /** That weigher's terms so far, by their numbers there; the same array from batch to batch, growing. */
  terms: readonly string[];
  /** How many drafts the batch has (numbered 0, 1, … in the order weighed). */
  count: number;
  /** The batch's terms, by their numbers in `terms`; term k's postings are at runStarts[k] up to runStarts[k + 1]. */
  termIds: Uint32Array;
  runStarts: Uint32Array;
  /** Per posting, the draft holding the term (in order within a run) and the term's weight byte in it. */
  drafts: Uint32Array;
  weights: Uint8Array;
}

/** What travels for a batch: the terms first used in it, the rest as the batch's weighed drafts. */
export type WeighedDraftsMessage = Omit<WeighedDrafts, 'terms'> & { newTerms: string[] };

/** Gathers batches of drafts as a long-lived weigher weighs them (its word memo and numbering outlive a batch). */
export class WeighedDraftsWriter {
  readonly #weigher: TermWeigher;
  #termsSent = 0;
  /** Each posting of the batch in the order weighed: its term, its draft, its weight. */
  readonly #termIds: number[] = [];
  readonly #drafts: number[] = [];
  readonly #weights: number[] = [];
  #count = 0;
  /** Scratch: each of the weigher's terms' place among the batch's terms, plus one; 0 for one not in the batch. */
  #runOf = new Uint32Array(1024);

  constructor(weigher: TermWeigher) {
    this.#weigher = weigher;
  }

  /** Weighs one more draft of the batch; it is the next one (0, 1, …). */
  add(document: SearchDocument): void {
    const draft = this.#count;
    this.#weigher.weigh(document, (id, weight) => {
      this.#termIds.push(id);
      this.#drafts.push(draft);
      this.#weights.push(weight);
    });
    this.#count += 1;
  }

  /** The batch so far grouped by term, to send; the writer starts a new one. */
  take(): WeighedDraftsMessage {
    const { terms } = this.#weigher;
    if (this.#runOf.length < terms.length) this.#runOf = new Uint32Array(terms.length * 2);
    const runOf = this.#runOf;
    // A counting sort by term: the batch's terms in the order first met, each with its postings' count.
    const termIds: number[] = [];
    const sizes: number[] = [];
    for (const id of this.#termIds) {
      if (runOf[id] === 0) {
        termIds.push(id);
        sizes.push(0);
        runOf[id] = termIds.length;
      }
      sizes[runOf[id] - 1] += 1;
    }
    const runStarts = new Uint32Array(termIds.length + 1);
    for (let run = 0; run < termIds.length; run += 1)
      runStarts[run + 1] = runStarts[run] + sizes[run];
    const next = runStarts.slice(0, -1);
    const drafts = new Uint32Array(this.#termIds.length);
    const weights = new Uint8Array(this.#termIds.length);
    // Postings were weighed draft by draft: each run lists its drafts in order.
    this.#termIds.forEach((id, posting) => {
      const at = next[runOf[id] - 1]++;
      drafts[at] = this.#drafts[posting];
      weights[at] = this.#weights[posting];
    });
    for (const id of termIds) runOf[id] = 0;
    const message: WeighedDraftsMessage = {
      newTerms: terms.slice(this.#termsSent),
      count: this.#count,
      termIds: Uint32Array.from(termIds),
      runStarts,
      drafts,
      weights,
    };
    this.#termsSent = terms.length;
    this.#termIds.length = 0;
    this.#drafts.length = 0;
    this.#weights.length = 0;
    this.#count = 0;
    return message;
  }

  /** What a message hands over rather than copies. */
  static transferred(message: WeighedDraftsMessage): ArrayBuffer[] {
    const { termIds, runStarts, drafts, weights } = message;
    return [termIds.buffer, runStarts.buffer, drafts.buffer, weights.buffer] as ArrayBuffer[];
  }
}

/** The receiving end of one writer: its messages, in the order sent, as weighed drafts. */
export class WeighedDraftsReader {
  readonly #terms: string[] = [];

  receive(message: WeighedDraftsMessage): WeighedDrafts {
    const { newTerms, ...batch } = message;
    for (const term of newTerms) this.#terms.push(term);
    return { ...batch, terms: this.#terms };
  }
}
