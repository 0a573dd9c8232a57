// What the checker plugin (inside the editor) and the style panel and its badge (outside
// it) share: the findings of the open article, and the fixes the panel asks for. The
// plugin publishes and connects its editor; the panel reads and asks.
import { createContext, useContext } from 'react';
import type { Finding } from '../../../common/arabic/house-style/options.ts';
import { PluginStore, usePluginSnapshot } from '../../editor/plugin-store.ts';

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

const NO_FINDINGS: HouseStyleSnapshot = { findings: null };

export class HouseStyleStore extends PluginStore<HouseStyleSnapshot, HouseStyleActions> {
  constructor() {
    super(NO_FINDINGS, () => NO_FINDINGS);
  }

  publish(findings: readonly ArticleFinding[] | null): void {
    this.setSnapshot({ findings });
  }

  fix(item: ArticleFinding): void {
    this.actions?.fix(item);
  }

  fixAll(ruleId: string): void {
    this.actions?.fixAll(ruleId);
  }

  reveal(item: ArticleFinding): void {
    this.actions?.reveal(item);
  }
}

export const HouseStyleContext = createContext<HouseStyleStore | null>(null);

export function useHouseStyleStore(): HouseStyleStore | null {
  return useContext(HouseStyleContext);
}

export function useHouseStyleFindings(): readonly ArticleFinding[] | null {
  return usePluginSnapshot(useHouseStyleStore(), NO_FINDINGS).findings;
}
