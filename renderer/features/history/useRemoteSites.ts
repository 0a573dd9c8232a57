// The sites the open draft was sent to (its `remote` records, as saved), for the history's
// "on the site" sections: none for a draft never published, so nothing is asked of a site.
import type { Site } from '../../../electron/contract/index.ts';
import { midad } from '../../bridge.ts';
import { useHostQuery } from '../../useHostQuery.ts';

export function useRemoteSites(draftId: string, refreshKey: string): Site[] {
  const { data } = useHostQuery(
    async () => {
      const [draft, all] = await Promise.all([midad.drafts.open(draftId), midad.sites.list()]);
      return all.filter((site) => draft.remote?.[site.id] !== undefined);
    },
    [draftId],
    { refreshKey },
  );
  // While reading, and when it failed, none: the local history still works without them.
  return data ?? [];
}
