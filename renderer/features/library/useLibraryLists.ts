// The drafts and the trash as the host lists them, fetched when the library is shown, after
// every change made from it, and whenever the host says a draft changed (a job published
// it, another window saved it). The open draft is saved first so its row is current.
import type {
  DraftSummary,
  LibraryReading,
  TrashedDraftSummary,
} from '../../../electron/contract/index.ts';
import { midad } from '../../bridge.ts';
import { useHostQuery } from '../../useHostQuery.ts';

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
  const lists = useHostQuery(
    async () => {
      // Saving first costs nothing when nothing changed; after the host's own news it is a no-op.
      await saveOpenDraft();
      try {
        const [drafts, trash, reading] = await Promise.all([
          midad.drafts.list(),
          midad.drafts.listTrash(),
          midad.drafts.reading(),
        ]);
        return { drafts, trash, reading };
      } finally {
        onListed();
      }
    },
    [saveOpenDraft, onListed],
    // Reading a large library at a first start: the list grows as drafts come in.
    { keepPrevious: true, refreshOn: ['drafts.changed', 'drafts.reading'] },
  );
  return {
    drafts: lists.data?.drafts ?? null,
    trash: lists.data?.trash ?? null,
    reading: lists.data?.reading ?? null,
    error: lists.error,
    reload: lists.reload,
  };
}
