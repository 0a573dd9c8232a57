// What the suggestions plugin (inside the editor) shares with the toolbar toggle, the
// suggestions panel and the publish form (outside it): whether suggesting mode is on, the
// open suggestions of the article, and the accept/reject requests the panel sends back.
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { SuggestionEntry } from '../../editor/suggestions/list-suggestions.ts';
import type { Resolution, SuggestionFilter } from '../../editor/suggestions/resolve-suggestions.ts';

export interface SuggestionsSnapshot {
  suggesting: boolean;
  /** In article order; null until the editor has listed them. */
  entries: readonly SuggestionEntry[] | null;
}

type Resolver = (filter: SuggestionFilter, resolution: Resolution) => void;

export class SuggestionsStore {
  #snapshot: SuggestionsSnapshot = { suggesting: false, entries: null };
  readonly #listeners = new Set<() => void>();
  #resolver: Resolver | null = null;

  readonly subscribe = (listener: () => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  readonly getSnapshot = () => this.#snapshot;

  setSuggesting(suggesting: boolean): void {
    this.#update({ suggesting });
  }

  publish(entries: readonly SuggestionEntry[] | null): void {
    this.#update({ entries });
  }

  /** The editor resolves the panel's requests until the returned cleanup runs. */
  connect(resolver: Resolver): () => void {
    this.#resolver = resolver;
    return () => {
      if (this.#resolver === resolver) this.#resolver = null;
      this.publish(null);
    };
  }

  resolve(filter: SuggestionFilter, resolution: Resolution): void {
    this.#resolver?.(filter, resolution);
  }

  #update(change: Partial<SuggestionsSnapshot>): void {
    this.#snapshot = { ...this.#snapshot, ...change };
    for (const listener of this.#listeners) listener();
  }
}

export const SuggestionsContext = createContext<SuggestionsStore | null>(null);

export function useSuggestionsStore(): SuggestionsStore | null {
  return useContext(SuggestionsContext);
}

const NOTHING: SuggestionsSnapshot = { suggesting: false, entries: null };
const noSubscription = () => () => {};

export function useSuggestions(): SuggestionsSnapshot {
  const store = useSuggestionsStore();
  return useSyncExternalStore(
    store?.subscribe ?? noSubscription,
    store?.getSnapshot ?? (() => NOTHING),
  );
}
