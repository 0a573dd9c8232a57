// Builds the services and the dispatcher for a host. The desktop app and browser mode
// differ only in the arguments: which settings store, which data folder, which mode.
import { DraftLibrary } from '../services/drafts/draft-library.ts';
import { FileSecretStore, type SecretStore } from '../services/publish/sites/secret-store.ts';
import { SitesService } from '../services/publish/sites/sites-service.ts';
import { systemClock } from '../services/publish/wordpress/clock.ts';
import type { Fetch } from '../services/publish/wordpress/wordpress-http.ts';
import { SettingsService, type KeyValueStore } from '../services/settings/settings-service.ts';
import { Outbox, type DraftMediaSource } from '../services/publish/outbox/outbox.ts';
import { ArticleExports, type PdfRenderer } from '../services/export/article-exports.ts';
import type { HostLog } from '../services/logging/support-log.ts';
import { inThreadCleaner, workerCleaner } from '../services/pictures/picture-cleaning-thread.ts';
import type { Language, PublishJob, SpellChecking } from '../contract/index.ts';
import { createDispatcher, type Dispatch } from './dispatcher.ts';
import { DraftFilesToOpen } from './draft-files-to-open.ts';
import { createHandlers } from './handlers.ts';
import { createHostEventBus, type HostEventSource } from './host-events.ts';
import { libraryMediaReader, type MediaReader } from './media-files.ts';

export interface HostSetup {
  dataDir: string;
  mode: 'desktop' | 'browser';
  version: string;
  settingsStore: KeyValueStore;
  /**
   * Where application passwords go: the desktop app's safeStorage store, or browser
   * mode's file. Without one, the file in the data folder (readable only by the user),
   * and `sites.secretStorage` says so.
   */
  secretStore?: SecretStore;
  /** What the desktop app's spellchecker checks here (electron/main/spellchecker-plan.ts); the browser's own in browser mode. */
  spellChecking?: SpellChecking;
  /** The interface language the desktop app started in, which its native menus read in; browser mode has no native menus. */
  menusLanguage?: Language;
  /** A draft's images for the outbox; the draft library's media unless a test gives another. */
  draftMedia?: DraftMediaSource;
  /** How the host reaches WordPress sites: Node's own fetch unless given another (the desktop app gives Chromium's). */
  fetch?: Fetch;
  logError?: (methodName: string, error: unknown) => void;
  /** The built picture worker (picture-worker.mjs beside the host's bundle); without it pictures are cleaned on the host's thread. */
  pictureWorkerFile?: string;
  /** The built reading worker (reading-worker.mjs beside it); without it a first start reads every draft on the host's thread. */
  readingWorkerFile?: string;
  /** The support log (logs/midad.log): failures and the publish jobs' states, never text or secrets. */
  log?: HostLog;
  /** Where the article font's woff2 files are for the printed proof: the built renderer's assets (tests may leave it out). */
  fontsFolder?: string;
  /** Prints the proof to PDF: the desktop app's hidden window; browser mode has none. */
  pdfRenderer?: PdfRenderer;
  /** Shows and focuses the app's window (a notification was clicked): the desktop app's; browser mode has none. */
  bringToFront?: () => void;
}

export interface Host {
  dispatch: Dispatch;
  /** What changed on the host, as it happens (contract/events.ts `hostEvents`): each host's transport relays it to the screens. */
  events: HostEventSource;
  /** A draft's image for media/<draftId>/<hash>, which both hosts serve to the renderer. */
  readMedia: MediaReader;
  /**
   * Lets every call already received finish (the last autosave sent as the window
   * closes, above all), then writes the library's caches. Hosts await it before exiting.
   */
  shutdown(): Promise<void>;
  /** Imports a .midad file the app was given; the renderer's next start opens it. The new draft's id. */
  openDraftFile(filePath: string): Promise<string>;
  /** A draft's printed proof page, which browser mode serves at proof/<draftId> for the browser to print. */
  readProof(draftId: string): Promise<string | undefined>;
}

export function composeHost(hostSetup: HostSetup): Host {
  const setup = withSupportLog(hostSetup);
  setup.log?.info('host.started', {
    mode: setup.mode,
    version: setup.version,
    platform: process.platform,
    node: process.versions.node,
  });
  const logJob = jobLogger(setup.log);
  // Opening starts now, in the background, so composeHost stays synchronous for both
  // hosts; calls wait for it, and a failure to open answers each call with its code.
  const events = createHostEventBus((error) => setup.logError?.('host.events', error));
  const drafts = DraftLibrary.open({
    dataDir: setup.dataDir,
    onDraftChanged: (draftId, change) => events.emit('drafts.changed', { draftId, change }),
    onReading: (reading) => events.emit('drafts.reading', reading),
    readingWorkerFile: setup.readingWorkerFile,
    onReadingWorkerFailed: (error) => setup.logError?.('drafts.readingWorker', error),
  });
  drafts.catch((error: unknown) => setup.logError?.('drafts.open', error));
  const fetch = setup.fetch ?? globalThis.fetch;
  const sites = new SitesService({
    dataDir: setup.dataDir,
    fetch,
    clock: systemClock,
    secretStore: setup.secretStore ?? new FileSecretStore(setup.dataDir),
    onSitesChanged: () => events.emit('sites.changed', {}),
  });
  const settings = new SettingsService(setup.settingsStore);
  const pictureRules = () => settings.get().pictures;
  const pictureCleaner = setup.pictureWorkerFile
    ? workerCleaner(setup.pictureWorkerFile, (error) => setup.logError?.('pictures.worker', error))
    : inThreadCleaner;
  // The outbox starts with the host: unfinished jobs resume from their last recorded step.
  const outbox = new Outbox({
    dataDir: setup.dataDir,
    clock: systemClock,
    drafts: () => drafts,
    sites: {
      list: () => sites.list(),
      clientFor: (site) => sites.clientFor(site),
      rememberCategories: (siteId, categories) => sites.rememberCategories(siteId, categories),
    },
    media: setup.draftMedia ?? libraryMedia(() => drafts),
    fetch,
    onJobChanged: (job) => {
      logJob(job);
      events.emit('publish.jobChanged', { job });
    },
    onJobsRemoved: (jobIds) => events.emit('publish.jobsRemoved', { jobIds }),
    logError: (error) => setup.logError?.('publish.outbox', error),
    pictureRules,
    pictureCleaner,
  });
  const outboxStarted = outbox.start().then(() => outbox);
  outboxStarted.catch((error: unknown) => setup.logError?.('publish.start', error));
  const draftFiles = new DraftFilesToOpen(() => drafts);
  const exports = new ArticleExports({
    drafts: () => drafts,
    fontsFolder: setup.fontsFolder,
    pdfRenderer: setup.pdfRenderer,
    pictureRules,
    pictureCleaner,
  });
  const handlers = createHandlers({
    appInfo: {
      name: 'Midad',
      version: setup.version,
      mode: setup.mode,
      dataDir: setup.dataDir,
      spellChecking: setup.spellChecking ?? {
        checker: setup.mode === 'browser' ? 'browser' : 'none',
        languages: [],
      },
      menusLanguage: setup.menusLanguage ?? null,
    },
    settings,
    drafts: () => drafts,
    sites,
    publish: () => outboxStarted,
    exports,
    takeDraftToOpen: () => draftFiles.takeStarting(),
    bringToFront: setup.bringToFront,
    fetch,
    clock: systemClock,
  });
  const dispatchNow = createDispatcher(handlers, { logError: setup.logError });

  const inFlight = new Set<Promise<unknown>>();
  const dispatch: Dispatch = (methodName, rawArgs) => {
    const call = dispatchNow(methodName, rawArgs);
    inFlight.add(call);
    void call.finally(() => inFlight.delete(call));
    return call;
  };

  const shutdown = async () => {
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    // The running step finishes and is recorded; the job resumes at the next start.
    await outbox.stop();
    await pictureCleaner.close();
    const library = await drafts.catch(() => null);
    await library?.close();
  };
  return {
    dispatch,
    events,
    readMedia: libraryMediaReader(() => drafts),
    shutdown,
    openDraftFile: (filePath) => draftFiles.open(filePath),
    readProof: (draftId) => exports.proofHtml(draftId).catch(() => undefined),
  };
}

/** Every failure the host reports goes to the support log too (its code and place, not its message). */
function withSupportLog(setup: HostSetup): HostSetup {
  const { log, logError } = setup;
  if (!log) return setup;
  return {
    ...setup,
    logError: (methodName, error) => {
      logError?.(methodName, error);
      log.error('host.failed', error, { method: methodName });
    },
  };
}

/** A job's move from one state to another (not its progress): id, action, state, code. Never its headline. */
function jobLogger(log: HostLog | undefined): (job: PublishJob) => void {
  const last = new Map<string, string>();
  return (job) => {
    if (!log || last.get(job.id) === job.state.state) return;
    last.set(job.id, job.state.state);
    log.info('publish.job', {
      job: job.id,
      draft: job.draftId,
      site: job.siteId,
      action: job.action,
      state: job.state.state,
      code: 'code' in job.state ? job.state.code : undefined,
    });
  };
}

/** The draft library's images (media/<hash> in the draft's folder), as the outbox reads them. */
function libraryMedia(library: () => Promise<DraftLibrary>): DraftMediaSource {
  return { list: async (draftId) => (await library()).listMedia(draftId) };
}
