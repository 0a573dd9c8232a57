// Binds the contract's methods to the services. Both hosts (Electron main and the
// browser-mode web host) build their handlers here, so they behave the same.
import type { AppInfo, HostHandlers } from '../contract/index.ts';
import type { SettingsService } from '../services/settings/settings-service.ts';
import type { DraftLibrary } from '../services/drafts/draft-library.ts';
import { importDocx } from '../services/drafts/docx-import.ts';
import { openStartingDraft } from '../services/drafts/starting-draft.ts';
import type { SitesService } from '../services/publish/sites/sites-service.ts';
import type { PublishApi } from '../services/publish/outbox/publish-api.ts';
import { listSiteRevisions } from '../services/publish/revisions/site-revisions.ts';
import { deskBoard } from '../services/publish/desk/desk-board-service.ts';
import { deskQueue, openFromDesk } from '../services/publish/desk/desk-open.ts';
import { answerFromDesk, takeBackFromDesk } from '../services/publish/desk/hand-over.ts';
import { SiteSeenStore } from '../services/publish/outbox/site-seen.ts';
import type { ArticleExports } from '../services/export/article-exports.ts';
import type { Clock } from '../services/publish/wordpress/clock.ts';
import type { Fetch } from '../services/publish/wordpress/wordpress-http.ts';

export interface HostServices {
  appInfo: AppInfo;
  settings: SettingsService;
  /** Opened once per host; a failure to open surfaces on each call as its ServiceError. */
  drafts: () => Promise<DraftLibrary>;
  sites: SitesService;
  /** The outbox; started with the host, resuming unfinished jobs. */
  publish: () => Promise<PublishApi>;
  /** Word, Markdown, the proof and its PDF. */
  exports: ArticleExports;
  /** How the desk services bring a story's pictures from its site. */
  fetch: Fetch;
  clock: Clock;
  /** The draft of a .midad file the desktop app was given, for the renderer's start to open. */
  takeDraftToOpen?: () => Promise<string | undefined>;
  /** Shows and focuses the desktop app's window; browser mode has none. */
  bringToFront?: () => void;
}

export function createHandlers(services: HostServices): HostHandlers {
  // The outbox keeps the same record in the same data folder: what each copy last saw of its post.
  const seen = new SiteSeenStore(services.appInfo.dataDir);
  /** The library once every draft is listed (a first start reads them in the background). */
  const wholeLibrary = async () => {
    const library = await services.drafts();
    await library.listRead();
    return library;
  };
  return {
    app: {
      getInfo: async () => services.appInfo,
      bringToFront: async () => {
        services.bringToFront?.();
        return null;
      },
    },
    settings: {
      get: async () => services.settings.get(),
      set: async (patch) => services.settings.update(patch),
    },
    drafts: {
      list: async () => (await services.drafts()).list(),
      create: async (content) => (await services.drafts()).create(content),
      open: async (draftId) => (await services.drafts()).open(draftId),
      openStarting: async (exceptId) => {
        // Leaving a trashed draft (exceptId) is not a start: the file waits for the next one.
        const preferredId = exceptId === undefined ? await services.takeDraftToOpen?.() : undefined;
        const library = await services.drafts();
        // A first start reads the library behind: the newest drafts, one of which the app opens on, come first.
        await library.newestRead();
        return openStartingDraft(library, exceptId, preferredId);
      },
      save: async (draftId, content) => (await services.drafts()).save(draftId, content),
      setStatus: async (draftId, status) => (await services.drafts()).setStatus(draftId, status),
      duplicate: async (draftId) => (await services.drafts()).duplicate(draftId),
      trash: async (draftId) => {
        await (await services.drafts()).trash(draftId);
        return null;
      },
      restore: async (draftId) => (await services.drafts()).restore(draftId),
      listTrash: async () => (await services.drafts()).listTrash(),
      deleteFromTrash: async (draftId) => {
        await (await services.drafts()).deleteFromTrash(draftId);
        return null;
      },
      emptyTrash: async () => (await services.drafts()).emptyTrash(),
      listRevisions: async (draftId) => (await services.drafts()).listRevisions(draftId),
      getRevision: async (draftId, revisionId) =>
        (await services.drafts()).getRevision(draftId, revisionId),
      restoreRevision: async (draftId, revisionId) =>
        (await services.drafts()).restoreRevision(draftId, revisionId),
      keepUnknownAsText: async (draftId) => (await services.drafts()).keepUnknownAsText(draftId),
      compareRevisions: async (draftId, before, after) =>
        (await services.drafts()).compareRevisions(draftId, before, after),
      search: async (query, options) => (await services.drafts()).searchLibrary(query, options),
      reading: async () => (await services.drafts()).reading(),
      problems: async () => (await services.drafts()).problems(),
      exportDraft: async (draftId, options) =>
        (await services.drafts()).exportDraft(draftId, options),
      exportHtml: async (draftId) => services.exports.html(draftId),
      exportDocx: async (draftId) =>
        Buffer.from(await services.exports.docx(draftId)).toString('base64'),
      exportMarkdown: async (draftId) => services.exports.markdown(draftId),
      exportPdf: async (draftId) =>
        Buffer.from(await services.exports.pdf(draftId)).toString('base64'),
      importDraft: async (content) => (await services.drafts()).importDraft(content),
      importDocx: async (dataBase64) =>
        importDocx(await services.drafts(), new Uint8Array(Buffer.from(dataBase64, 'base64'))),
      addMedia: async (draftId, { fileName, mimeType, dataBase64 }) =>
        (await services.drafts()).addMedia(draftId, {
          fileName,
          mimeType,
          bytes: new Uint8Array(Buffer.from(dataBase64, 'base64')),
        }),
    },
    sites: {
      add: (input) => services.sites.add(input),
      remove: async (siteId) => {
        await services.sites.remove(siteId);
        return null;
      },
      list: () => services.sites.list(),
      check: (siteId) => services.sites.check(siteId),
      secretStorage: async () => services.sites.secretStorage(),
      acceptWeakSecretStorage: () => services.sites.setWeakSecretStorageAccepted(true),
      withdrawWeakSecretStorage: () => services.sites.setWeakSecretStorageAccepted(false),
    },
    publish: {
      prepare: async (draftId, siteId) => (await services.publish()).prepare(draftId, siteId),
      enqueue: async (draftId, siteId, options) =>
        (await services.publish()).enqueue(draftId, siteId, options),
      jobs: async () => (await services.publish()).jobs(),
      cancel: async (jobId) => (await services.publish()).cancel(jobId),
      resolveConflict: async (jobId, choice) =>
        (await services.publish()).resolveConflict(jobId, choice),
      retry: async (jobId) => (await services.publish()).retry(jobId),
      siteRevisions: async (draftId, siteId) =>
        listSiteRevisions(
          { drafts: await services.drafts(), sites: services.sites },
          draftId,
          siteId,
        ),
    },
    // The desk matches the site's posts with the drafts linked to them: it needs every draft listed.
    desk: {
      takeBack: async (draftId) =>
        takeBackFromDesk(
          {
            drafts: await services.drafts(),
            sites: services.sites,
            seen,
            fetch: services.fetch,
            clock: services.clock,
          },
          draftId,
        ),
      checkAnswer: async (draftId) =>
        answerFromDesk(
          {
            drafts: await services.drafts(),
            sites: services.sites,
            seen,
            fetch: services.fetch,
            clock: services.clock,
          },
          draftId,
        ),
      queue: async (siteId) =>
        deskQueue(
          {
            drafts: await wholeLibrary(),
            sites: services.sites,
            seen,
            fetch: services.fetch,
            clock: services.clock,
          },
          siteId,
        ),
      board: async (siteId) =>
        deskBoard(
          {
            drafts: await wholeLibrary(),
            sites: services.sites,
            seen,
            fetch: services.fetch,
            clock: services.clock,
          },
          siteId,
        ),
      open: async (siteId, postId) =>
        openFromDesk(
          {
            drafts: await wholeLibrary(),
            sites: services.sites,
            seen,
            fetch: services.fetch,
            clock: services.clock,
          },
          siteId,
          postId,
        ),
    },
  };
}
