// The draft open in the editor, and every way of changing it. Leaving a draft first saves
// what is unsaved; if that fails the draft stays open (its text is only in memory).
import { useCallback, useRef, useState } from 'react';
import type {
  DeskAnswer,
  Draft,
  PictureNotBrought,
  Site,
  SiteSyncResult,
  WorkflowStatus,
} from '../../../electron/contract/index.ts';
import { othersStoryPost } from '../drafts/draft-newsroom.ts';
import { midad } from '../../bridge.ts';
import type { ArticleControl } from '../article/ArticleWorkspace.tsx';

export interface OpenDraft {
  draft: Draft;
  /** Changes whenever the editor must start again from the draft on disk. */
  generation: number;
}

export type SwitchOutcome = { ok: true } | { ok: false; error: unknown };

export function useOpenDraft(initial: Draft) {
  const [open, setOpen] = useState<OpenDraft>({ draft: initial, generation: 0 });
  const controlRef = useRef<ArticleControl | null>(null);

  const flush = useCallback(
    async (): Promise<boolean> => (await controlRef.current?.flush()) ?? true,
    [],
  );

  /** Saves the open draft (unless it is gone), then shows what `load` answers. */
  const replace = useCallback(
    async (load: () => Promise<Draft>, saveFirst = true): Promise<SwitchOutcome> => {
      if (saveFirst && !(await flush()))
        return { ok: false, error: { code: 'storage.write_failed' } };
      try {
        const draft = await load();
        setOpen((previous) => ({ draft, generation: previous.generation + 1 }));
        return { ok: true };
      } catch (error) {
        return { ok: false, error };
      }
    },
    [flush],
  );

  /** Where the story stands, as the host now answers (after a job, the desk's answer): the text in the editor stays. */
  const adoptWorkflow = useCallback((fresh: Draft) => {
    setOpen((previous) =>
      previous.draft.id === fresh.id
        ? {
            ...previous,
            draft: { ...previous.draft, workflow: fresh.workflow, remote: fresh.remote },
          }
        : previous,
    );
  }, []);

  /**
   * The desk answered. When its version replaced the copy on disk, the editor shows it (the
   * copy was read-only while with the desk, so nothing typed here is lost); otherwise only
   * where the story stands changes.
   */
  const adoptDeskAnswer = useCallback(
    (answer: DeskAnswer) =>
      answer.took === null
        ? adoptWorkflow(answer.draft)
        : void replace(async () => answer.draft, false),
    [adoptWorkflow, replace],
  );

  const draftId = open.draft.id;
  return {
    open,
    controlRef,
    flush,
    /** The open draft's text changed on disk (the site's version kept): shown as it is there, nothing saved over it. */
    reloadFromDisk: useCallback(
      () => void replace(() => midad.drafts.open(draftId), false),
      [replace, draftId],
    ),
    /**
     * A story from the desk's queue or board. The open text is saved first: the host compares
     * the linked draft with the site's version, and typing not yet saved must count as unsent
     * work there, never be saved over the version it brings in.
     */
    openFromDesk: useCallback(
      (
        siteId: string,
        postId: number,
        onSync: (fromSite: SiteSyncResult | null, picturesNotBrought: PictureNotBrought[]) => void,
      ) =>
        replace(async () => {
          const { fromSite, picturesNotBrought, ...draft } = await midad.desk.open(siteId, postId);
          onSync(fromSite ?? null, picturesNotBrought ?? []);
          return draft;
        }),
      [replace],
    ),
    /**
     * A draft from the library. A desk copy of someone else's story goes through the desk's
     * open, which brings the site's newer version in; offline, the copy opens as it is here.
     */
    openFromLibrary: useCallback(
      (
        id: string,
        sites: readonly Site[],
        onSync: (
          postId: number,
          fromSite: SiteSyncResult | null,
          picturesNotBrought: PictureNotBrought[],
        ) => void,
      ) =>
        replace(async () => {
          const local = await midad.drafts.open(id);
          const post = othersStoryPost(local, sites);
          if (!post) return local;
          try {
            const { fromSite, picturesNotBrought, ...draft } = await midad.desk.open(
              post.siteId,
              post.postId,
            );
            onSync(post.postId, fromSite ?? null, picturesNotBrought ?? []);
            return draft;
          } catch {
            return local;
          }
        }),
      [replace],
    ),
    createDraft: useCallback(() => replace(() => midad.drafts.create()), [replace]),
    /** The open draft was trashed (after a save): show the newest other one, or a new one. */
    leaveTrashed: useCallback(
      () => replace(() => midad.drafts.openStarting(draftId), false),
      [replace, draftId],
    ),
    restoreRevision: useCallback(
      (revisionId: string) =>
        replace(async () => {
          await midad.drafts.restoreRevision(draftId, revisionId);
          return midad.drafts.open(draftId);
        }),
      [replace, draftId],
    ),
    /** Unknown node types become text on disk (the host keeps a revision first); nothing unsaved to flush: the draft was read-only. */
    keepUnknownAsText: useCallback(
      () =>
        replace(async () => {
          await midad.drafts.keepUnknownAsText(draftId);
          return midad.drafts.open(draftId);
        }, false),
      [replace, draftId],
    ),
    adoptWorkflow,
    adoptDeskAnswer,
    reloadWorkflow: useCallback(async () => {
      try {
        adoptWorkflow(await midad.drafts.open(draftId));
      } catch {
        // The next job or opening reads it again; the open text is unaffected.
      }
    }, [adoptWorkflow, draftId]),
    setStatus: useCallback(
      async (status: WorkflowStatus): Promise<SwitchOutcome> => {
        if (!(await flush())) return { ok: false, error: { code: 'storage.write_failed' } };
        try {
          await midad.drafts.setStatus(draftId, status);
          setOpen((previous) => ({
            ...previous,
            draft: { ...previous.draft, workflow: { status } },
          }));
          return { ok: true };
        } catch (error) {
          return { ok: false, error };
        }
      },
      [flush, draftId],
    ),
  };
}
