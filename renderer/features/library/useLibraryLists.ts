// The drafts and the trash as the host lists them, fetched when the library is shown, after
// every change made from it, and whenever the host says a draft changed (a job published
// it, another window saved it). The open draft is saved first so its row is current.
import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  DraftSummary,
  LibraryReading,
  TrashedDraftSummary,
} from '../../../electron/contract/index.ts';
import { midad } from '../../bridge.ts';
import { useHostRefresh } from '../../useHostRefresh.ts';

export interface LibraryLists {
  drafts: DraftSummary[] | null;
  trash: TrashedDraftSummary[] | null;
  /** How far the host has read the library at this start (a first start reads it in the background). */
  reading: LibraryReading | null;
  error: unknown;
  reload: () => Promise<void>;
}

export function useLibraryLists(
  saveOpenDraft: () => Promise<boolean>,
  onListed: () => void,
): LibraryLists {
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [trash, setTrash] = useState<TrashedDraftSummary[] | null>(null);
  const [reading, setReading] = useState<LibraryReading | null>(null);
  const [error, setError] = useState<unknown>(null);
  const request = useRef(0);

  const list = useCallback(async () => {
    const mine = ++request.current;
    try {
      const [listed, trashed, read] = await Promise.all([
        midad.drafts.list(),
        midad.drafts.listTrash(),
        midad.drafts.reading(),
      ]);
      if (mine !== request.current) return;
      setDrafts(listed);
      setTrash(trashed);
      setReading(read);
      setError(null);
    } catch (failure) {
      if (mine === request.current) setError(failure);
    }
    onListed();
  }, [onListed]);

  const reload = useCallback(async () => {
    await saveOpenDraft();
    await list();
  }, [saveOpenDraft, list]);

  useEffect(() => {
    void reload();
  }, [reload]);
  // The host's own news needs no save first: what it says changed is already on disk.
  // Reading a large library at a first start: the list grows as drafts come in.
  useHostRefresh(() => void list(), ['drafts.changed', 'drafts.reading']);

  return { drafts, trash, reading, error, reload };
}
