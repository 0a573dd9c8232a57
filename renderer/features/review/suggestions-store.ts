// What the suggestions plugin (inside the editor) shares with the toolbar toggle, the
// suggestions panel and the publish form (outside it): whether suggesting mode is on, the
// open suggestions of the article, and the accept/reject requests the panel sends back.
import { createContext, useContext } from 'react';
import type { SuggestionEntry } from '../../editor/suggestions/list-suggestions.ts';
import type { Resolution, SuggestionFilter } from '../../editor/suggestions/resolve-suggestions.ts';
import { PluginStore, usePluginSnapshot } from '../../editor/plugin-store.ts';

export interface SuggestionsSnapshot {
  suggesting: boolean;
  /** In article order; null until the editor has listed them. */
  entries: readonly SuggestionEntry[] | null;
}

type Resolver = (filter: SuggestionFilter, resolution: Resolution) => void;

const NOTHING: SuggestionsSnapshot = { suggesting: false, entries: null };

/** The editor resolves the panel's requests while it is connected. */
export class SuggestionsStore extends PluginStore<SuggestionsSnapshot, Resolver> {
  constructor() {
    // Suggesting mode outlives the editor; the list goes with it.
    super(NOTHING, (last) => ({ ...last, entries: null }));
  }

  setSuggesting(suggesting: boolean): void {
    this.#update({ suggesting });
  }

  publish(entries: readonly SuggestionEntry[] | null): void {
    this.#update({ entries });
  }

  resolve(filter: SuggestionFilter, resolution: Resolution): void {
    this.actions?.(filter, resolution);
  }

  #update(change: Partial<SuggestionsSnapshot>): void {
    this.setSnapshot({ ...this.getSnapshot(), ...change });
  }
}

export const SuggestionsContext = createContext<SuggestionsStore | null>(null);

export function useSuggestionsStore(): SuggestionsStore | null {
  return useContext(SuggestionsContext);
}

export function useSuggestions(): SuggestionsSnapshot {
  return usePluginSnapshot(useSuggestionsStore(), NOTHING);
}
