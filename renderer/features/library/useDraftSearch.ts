// Search as the writer types: the query goes to the host's index (Arabic-normalized, see
// ARABIC.md) once typing pauses, and only the answer to the latest query is shown.
import { useEffect, useState } from 'react';
import type { SearchResult } from '../../../electron/contract.ts';
import { midad } from '../../bridge.ts';

const PAUSE_MS = 250;

export type SearchState =
  | { state: 'off' }
  | { state: 'searching' }
  | { state: 'done'; results: SearchResult[] }
  | { state: 'failed'; error: unknown };

export function useDraftSearch(query: string, refreshKey: unknown): SearchState {
  const [search, setSearch] = useState<SearchState>({ state: 'off' });
  const trimmed = query.trim();
  useEffect(() => {
    if (!trimmed) {
      setSearch({ state: 'off' });
      return;
    }
    let current = true;
    setSearch({ state: 'searching' });
    const timer = setTimeout(() => {
      midad.drafts.search(trimmed, { limit: 50 }).then(
        (results) => current && setSearch({ state: 'done', results }),
        (error: unknown) => current && setSearch({ state: 'failed', error }),
      );
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [trimmed, refreshKey]);
  return search;
}
