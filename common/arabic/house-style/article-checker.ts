// The checker an open article keeps: findings cached per block (by its key and text), so
// after a keystroke only the changed block is checked again. The article-wide digit rule
// reads totals summed from per-block counts, and runs again only when those flip.
import { byPosition, checkBlockAlone, checkBlockInArticle } from './check.ts';
import type { ArticleFacts, Finding, HouseStyleOptions } from './options.ts';
import { countDigitSystems } from './rules/mixed-digits.ts';

export interface ArticleBlock {
  /** Stable while the block exists (a Lexical node key). */
  readonly key: string;
  readonly text: string;
}

interface CachedBlock {
  text: string;
  alone: Finding[];
  digits: ArticleFacts;
  findings: Finding[];
}

export interface CheckResult {
  /** Findings of each block, in article order. */
  readonly findings: ReadonlyMap<string, readonly Finding[]>;
  /** Blocks whose findings differ from the previous check's (or are new). */
  readonly changed: ReadonlySet<string>;
  /** Blocks gone since the previous check. */
  readonly removed: readonly string[];
  readonly total: number;
}

/** Whether the article mixes digit systems: all the digit rule needs to know of it. */
const mixes = (facts: ArticleFacts) => facts.westernDigits > 0 && facts.arabicIndicDigits > 0;

export class ArticleChecker {
  #cache = new Map<string, CachedBlock>();
  /** Blocks checked ahead by warm(), taken up by the next check(). */
  #warmed = new Map<string, CachedBlock>();
  #mixed = false;
  #options: HouseStyleOptions;

  // No parameter properties: Node's type stripping (the benchmarks) cannot run them.
  constructor(options: HouseStyleOptions) {
    this.#options = options;
  }

  /** New options invalidate every block: the next check is a full one. */
  setOptions(options: HouseStyleOptions): void {
    if (options === this.#options) return;
    this.#options = options;
    this.#cache.clear();
    this.#warmed.clear();
  }

  /**
   * Checks blocks the cache lacks while `hasTime()` allows; true once none is left. Spreads
   * the first check of a long article over several idle moments instead of one long task.
   */
  warm(blocks: readonly ArticleBlock[], hasTime: () => boolean): boolean {
    for (const { key, text } of blocks) {
      if (this.#cache.get(key)?.text === text || this.#warmed.get(key)?.text === text) continue;
      if (!hasTime()) return false;
      this.#warmed.set(key, this.#freshBlock(text));
    }
    return true;
  }

  check(blocks: readonly ArticleBlock[]): CheckResult {
    const next = new Map<string, CachedBlock>();
    const changed = new Set<string>();
    const facts = { westernDigits: 0, arabicIndicDigits: 0 };
    for (const { key, text } of blocks) {
      const cached = this.#cache.get(key);
      const warmed = this.#warmed.get(key);
      const entry =
        cached?.text === text ? cached : warmed?.text === text ? warmed : this.#freshBlock(text);
      if (entry !== cached) changed.add(key);
      facts.westernDigits += entry.digits.westernDigits;
      facts.arabicIndicDigits += entry.digits.arabicIndicDigits;
      next.set(key, entry);
    }
    const mixed = mixes(facts);
    let total = 0;
    for (const [key, entry] of next) {
      // Only blocks with digits can gain or lose a digit finding when the article flips.
      const hasDigits = entry.digits.westernDigits + entry.digits.arabicIndicDigits > 0;
      if (changed.has(key) || (mixed !== this.#mixed && hasDigits)) {
        entry.findings = [
          ...entry.alone,
          ...checkBlockInArticle(entry.text, this.#options, facts),
        ].sort(byPosition);
        changed.add(key);
      }
      total += entry.findings.length;
    }
    const removed = [...this.#cache.keys()].filter((key) => !next.has(key));
    this.#cache = next;
    this.#warmed.clear();
    this.#mixed = mixed;
    return {
      findings: new Map([...next].map(([key, entry]) => [key, entry.findings])),
      changed,
      removed,
      total,
    };
  }

  #freshBlock(text: string): CachedBlock {
    return {
      text,
      alone: checkBlockAlone(text, this.#options),
      digits: countDigitSystems(text),
      findings: [],
    };
  }
}
