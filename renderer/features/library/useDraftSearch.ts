// Search as the writer types: the query goes to the host's index (Arabic-normalized,
// common/arabic/normalize.ts) once typing pauses, and only the answer to the latest query is shown. While a
// first start still reads the library, the answer says how much of it was searched.
import { useEffect, useState } from 'react';
import type { LibraryReading, SearchResult } from '../../../electron/contract/index.ts';
import { midad } from '../../bridge.ts';

const PAUSE_MS = 250;

export type SearchState =
  | { state: 'off' }
  | { state: 'searching' }
  | { state: 'done'; results: SearchResult[]; reading: LibraryReading }
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
        ({ results, reading }) => current && setSearch({ state: 'done', results, reading }),
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
