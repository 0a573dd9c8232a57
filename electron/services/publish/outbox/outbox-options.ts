// What the outbox is given: the data folder, the clock, the sites, the draft library and
// the draft's media, and the listeners the hosts and the tests hang on it.
import type {
  DraftContent,
  DraftSaveResult,
  DraftWorkflow,
  PublishJob,
  PublishStep,
  Site,
  SiteCategory,
} from '../../../contract/index.ts';
import type { FileSystem } from '../../files/file-system.ts';
import type { PictureRules } from '../../pictures/picture-cleaner.ts';
import type { PictureCleaner } from '../../pictures/picture-cleaning-thread.ts';
import type { Clock } from '../wordpress/clock.ts';
import type { WordPressClient } from '../wordpress/wordpress-client.ts';
import type { Fetch } from '../wordpress/wordpress-http.ts';
import type { DraftMediaShelf } from '../review/site-pictures.ts';

/** One image kept with a draft (the drafts' media store lists them). */
export interface DraftMediaFile {
  hash: string;
  /** The name it came with, Arabic kept: WordPress names the attachment after it. */
  fileName: string;
  mimeType: string;
  /** Absolute path of the bytes. */
  path: string;
}

/** Where the outbox finds a draft's images: the draft library's media (wired by the host). */
export interface DraftMediaSource {
  list(draftId: string): Promise<DraftMediaFile[]>;
}

/** The draft library as the outbox uses it: the draft, its media and its posts, and these. */
export interface OutboxDrafts extends DraftMediaShelf {
  /** Puts the site's version in place, keeping the replaced text as a revision. */
  replaceContent(draftId: string, content: DraftContent): Promise<DraftSaveResult>;
  /** Moves the draft along the workflow as the site answered, by the site's account. */
  setWorkflow(
    draftId: string,
    change: (current: DraftWorkflow) => DraftWorkflow,
    by: string | null,
  ): Promise<unknown>;
}

export interface OutboxSites {
  list(): Promise<Site[]>;
  clientFor(site: Site): Promise<WordPressClient>;
  /** The site's categories as a job just read them (one created): kept with the site for the publish panel. */
  rememberCategories?(siteId: string, categories: SiteCategory[]): Promise<unknown>;
}

/** Told after each step is recorded on disk: tests stop the process there. */
export type StepListener = (
  jobId: string,
  step: PublishStep | 'enqueued' | 'media-file' | 'document-too-large',
  detail?: string,
) => void;

export interface OutboxOptions {
  dataDir: string;
  clock: Clock;
  drafts: () => Promise<OutboxDrafts>;
  sites: OutboxSites;
  media: DraftMediaSource;
  /** For the site's time zone (its REST index). */
  fetch: Fetch;
  fs?: FileSystem;
  /**
   * Fixed waits between attempts while the site cannot be reached (the last repeats), instead
   * of the growing, jittered ones of common/retry/backoff.ts: tests give them to know the time.
   */
  retryDelaysMs?: readonly number[];
  /** 0 to 1, for the jitter of the waits (Math.random by default). */
  random?: () => number;
  uploadConcurrency?: number;
  newJobId?: () => string;
  newMarker?: () => string;
  onStep?: StepListener;
  /** Told whenever a job is queued or its state or progress moves: the screens show it at once. */
  onJobChanged?: (job: PublishJob) => void;
  /** Told when jobs leave the list (failures a later job made good). */
  onJobsRemoved?: (jobIds: string[]) => void;
  logError?: (error: unknown) => void;
  /** The newsroom's picture settings as they are now: every upload is stripped, turned and capped by them. */
  pictureRules?: () => PictureRules;
  /** Where pictures are cleaned (a worker thread in the hosts); here by default. */
  pictureCleaner?: PictureCleaner;
}
