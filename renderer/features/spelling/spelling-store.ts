// What the spelling plugin (inside the editor) shares with the spelling list in the style
// panel and the right-click menu (outside it): the open article's misspellings, and what
// they ask of the editor. The plugin publishes and connects; the others read and ask.
import { createContext, useContext } from 'react';
import type { SpellingWord } from '../../../common/arabic/spelling/words.ts';
import { PluginStore, usePluginSnapshot } from '../../editor/plugin-store.ts';

export interface Misspelling {
  /** Stable while the block's text is unchanged: a React key. */
  id: string;
  blockKey: string;
  word: SpellingWord;
  /** A little of the text on each side of the word. */
  before: string;
  after: string;
}

export type SpellingState = 'off' | 'loading' | 'ready' | 'failed';

export interface SpellingSnapshot {
  state: SpellingState;
  /** In article order. */
  misspellings: readonly Misspelling[];
}

/** What the editor side does for the panel and the menu. */
export interface SpellingActions {
  suggest(item: Misspelling): Promise<string[]>;
  replace(item: Misspelling, suggestion: string): void;
  reveal(item: Misspelling): void;
}

const OFF: SpellingSnapshot = { state: 'off', misspellings: [] };

export class SpellingStore extends PluginStore<SpellingSnapshot, SpellingActions> {
  constructor() {
    super(OFF, () => OFF);
  }

  publish(snapshot: SpellingSnapshot): void {
    this.setSnapshot(snapshot);
  }

  suggest(item: Misspelling): Promise<string[]> {
    return this.actions?.suggest(item) ?? Promise.resolve([]);
  }

  replace(item: Misspelling, suggestion: string): void {
    this.actions?.replace(item, suggestion);
  }

  reveal(item: Misspelling): void {
    this.actions?.reveal(item);
  }
}

export const SpellingContext = createContext<SpellingStore | null>(null);

export function useSpellingStore(): SpellingStore | null {
  return useContext(SpellingContext);
}

export function useSpelling(): SpellingSnapshot {
  return usePluginSnapshot(useSpellingStore(), OFF);
}
