// The sites on this machine, read again whenever `refreshKey` changes (the shell passes the
// screen shown, so a site added on the Sites screen counts when the article comes back).
import type { Site } from '../../../electron/contract/index.ts';
import { midad } from '../../bridge.ts';
import { useHostQuery } from '../../useHostQuery.ts';

/** null until first read; a failed read keeps what was known (no site is assumed then). */
export function useSiteList(refreshKey: unknown): Site[] | null {
  const { data, error } = useHostQuery(() => midad.sites.list(), [], {
    keepPrevious: true,
    refreshKey,
  });
  return data ?? (error ? [] : null);
}
