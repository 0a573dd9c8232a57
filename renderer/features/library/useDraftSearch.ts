// Search as the writer types: the query goes to the host's index (Arabic-normalized:
// common/arabic/normalize.ts) once typing pauses, and only the answer to the latest query
// is shown. While a first start still reads the library, the answer says how much of it
// was searched.
import type { LibraryReading, SearchResult } from '../../../electron/contract/index.ts';
import { midad } from '../../bridge.ts';
import { useHostQuery } from '../../useHostQuery.ts';

const PAUSE_MS = 250;

export type SearchState =
  | { state: 'off' }
  | { state: 'searching' }
  | { state: 'done'; results: SearchResult[]; reading: LibraryReading }
  | { state: 'failed'; error: unknown };

/** Resolves after `ms`, or rejects as soon as the read is no longer wanted (a key was typed). */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}

export function useDraftSearch(query: string, refreshKey: unknown): SearchState {
  const trimmed = query.trim();
  const search = useHostQuery(
    async (signal) => {
      await pause(PAUSE_MS, signal);
      return midad.drafts.search(trimmed, { limit: 50 });
    },
    [trimmed],
    { enabled: trimmed !== '', refreshKey },
  );
  if (!trimmed) return { state: 'off' };
  if (search.loading) return { state: 'searching' };
  if (search.error) return { state: 'failed', error: search.error };
  if (!search.data) return { state: 'searching' };
  return { state: 'done', ...search.data };
}
