// The sites on this machine, read again whenever `refreshKey` changes (the shell passes the
// screen shown, so a site added on the Sites screen counts when the article comes back).
import { useEffect, useState } from 'react';
import type { Site } from '../../../electron/contract/index.ts';
import { midad } from '../../bridge.ts';

/** null until first read; a failed read keeps what was known (no site is assumed then). */
export function useSiteList(refreshKey: unknown): Site[] | null {
  const [sites, setSites] = useState<Site[] | null>(null);
  useEffect(() => {
    let alive = true;
    midad.sites.list().then(
      (listed) => alive && setSites(listed),
      () => alive && setSites((known) => known ?? []),
    );
    return () => {
      alive = false;
    };
  }, [refreshKey]);
  return sites;
}
