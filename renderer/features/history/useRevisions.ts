// The open draft's revisions, newest first, asked again whenever the draft changed in a
// way that keeps one (a restore, a status change) or when the writer asks.
import { useCallback, useEffect, useState } from 'react';
import type { RevisionInfo } from '../../../electron/contract/index.ts';
import { midad } from '../../bridge.ts';

export function useRevisions(draftId: string, refreshKey: string, flush: () => Promise<boolean>) {
  const [revisions, setRevisions] = useState<RevisionInfo[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(async () => {
    await flush();
    try {
      setRevisions(await midad.drafts.listRevisions(draftId));
      setError(null);
    } catch (failure) {
      setError(failure);
    }
  }, [draftId, flush]);
  useEffect(() => {
    void reload();
  }, [reload, refreshKey]);
  return { revisions, error, reload };
}
