// What the checker plugin (inside the editor) and the style panel and its badge (outside
// it) share: the findings of the open article, and the fixes the panel asks for. The
// plugin publishes and connects its editor; the panel reads and asks.
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Finding } from '../../../common/arabic/house-style/options.ts';

export interface ArticleFinding {
  /** Stable while the block's text is unchanged: a React key. */
  id: string;
  blockKey: string;
  finding: Finding;
  /** The flagged text with a little of the text around it. */
  before: string;
  flagged: string;
  after: string;
}

export interface HouseStyleSnapshot {
  /** In article order; null until the first check is done. */
  findings: readonly ArticleFinding[] | null;
}

/** What the editor side does for the panel. */
export interface HouseStyleActions {
  fix(item: ArticleFinding): void;
  fixAll(ruleId: string): void;
  reveal(item: ArticleFinding): void;
}

export class HouseStyleStore {
  #snapshot: HouseStyleSnapshot = { findings: null };
  readonly #listeners = new Set<() => void>();
  #actions: HouseStyleActions | null = null;

  readonly subscribe = (listener: () => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  readonly getSnapshot = () => this.#snapshot;

  publish(findings: readonly ArticleFinding[] | null): void {
    this.#snapshot = { findings };
    for (const listener of this.#listeners) listener();
  }

  /** The plugin's editor answers the panel's requests until the returned cleanup runs. */
  connect(actions: HouseStyleActions): () => void {
    this.#actions = actions;
    return () => {
      if (this.#actions === actions) this.#actions = null;
      this.publish(null);
    };
  }

  fix(item: ArticleFinding): void {
    this.#actions?.fix(item);
  }

  fixAll(ruleId: string): void {
    this.#actions?.fixAll(ruleId);
  }

  reveal(item: ArticleFinding): void {
    this.#actions?.reveal(item);
  }
}

export const HouseStyleContext = createContext<HouseStyleStore | null>(null);

export function useHouseStyleStore(): HouseStyleStore | null {
  return useContext(HouseStyleContext);
}

const NO_FINDINGS: HouseStyleSnapshot = { findings: null };
const noSubscription = () => () => {};

export function useHouseStyleFindings(): readonly ArticleFinding[] | null {
  const store = useHouseStyleStore();
  return useSyncExternalStore(
    store?.subscribe ?? noSubscription,
    store?.getSnapshot ?? (() => NO_FINDINGS),
  ).findings;
}
