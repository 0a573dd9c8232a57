// A small seeded generator (mulberry32) for the fuzz tests: the same seed gives the same
// cases on every machine, so a failure is replayed by its seed (MIDAD_FUZZ_SEED).
export const DEFAULT_FUZZ_SEED = 0x6d1dad;

export class Random {
  readonly seed: number;
  #state: number;

  constructor(seed: number) {
    this.seed = seed >>> 0;
    this.#state = this.seed;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from nothing');
    return items[this.int(0, items.length - 1)] as T;
  }

  /** A generator of its own for case `index`: cases do not shift when one draws more. */
  fork(index: number): Random {
    return new Random(
      Math.imul(this.seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(index + 1, 0xc2b2ae35),
    );
  }
}

/** The seed of this run: MIDAD_FUZZ_SEED when set (to replay a failure), else the fixed default. */
export function fuzzSeed(fallback: number = DEFAULT_FUZZ_SEED): number {
  const fromEnv = process.env.MIDAD_FUZZ_SEED;
  const parsed = fromEnv ? Number(fromEnv) : NaN;
  return Number.isInteger(parsed) ? parsed >>> 0 : fallback;
}
