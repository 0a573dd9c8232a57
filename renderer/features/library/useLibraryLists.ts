// The drafts and the trash as the host lists them, fetched when the library is shown and
// again after every change made from it. The open draft is saved first so its row is current.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftSummary, TrashedDraftSummary } from '../../../electron/contract.ts';
import { midad } from '../../bridge.ts';

export interface LibraryLists {
  drafts: DraftSummary[] | null;
  trash: TrashedDraftSummary[] | null;
  error: unknown;
  reload: () => Promise<void>;
}

export function useLibraryLists(saveOpenDraft: () => Promise<boolean>, onListed: () => void): LibraryLists {
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [trash, setTrash] = useState<TrashedDraftSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const request = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++request.current;
    await saveOpenDraft();
    try {
      const [listed, trashed] = await Promise.all([midad.drafts.list(), midad.drafts.listTrash()]);
      if (mine !== request.current) return;
      setDrafts(listed);
      setTrash(trashed);
      setError(null);
    } catch (failure) {
      if (mine === request.current) setError(failure);
    }
    onListed();
  }, [saveOpenDraft, onListed]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { drafts, trash, error, reload };
}
