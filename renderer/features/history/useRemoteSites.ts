// The sites the open draft was sent to (its `remote` records, as saved), for the history's
// "on the site" sections: none for a draft never published, so nothing is asked of a site.
import { useEffect, useState } from 'react';
import type { Site } from '../../../electron/contract/index.ts';
import { midad } from '../../bridge.ts';

export function useRemoteSites(draftId: string, refreshKey: string): Site[] {
  const [sites, setSites] = useState<Site[]>([]);
  useEffect(() => {
    let current = true;
    void Promise.all([midad.drafts.open(draftId), midad.sites.list()]).then(
      ([draft, all]) =>
        current && setSites(all.filter((site) => draft.remote?.[site.id] !== undefined)),
      // The local history still works; the site's part is simply not offered.
      () => current && setSites([]),
    );
    return () => {
      current = false;
    };
  }, [draftId, refreshKey]);
  return sites;
}
