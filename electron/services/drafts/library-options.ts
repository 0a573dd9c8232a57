// What the draft library is given when it opens, and what it tells of each draft's changes.
import type { HostEventPayload, LibraryReading } from '../../contract/index.ts';
import type { FileSystem } from '../files/file-system.ts';
import type { DraftHtmlSerializer } from './html-export.ts';
import type { RetentionPolicy } from './revision-retention.ts';

/** What happened to a draft, for whoever shows it (contract/events.ts `drafts.changed`). */
export type DraftChange = HostEventPayload<'drafts.changed'>['change'];

export interface DraftLibraryOptions {
  dataDir: string;
  fs?: FileSystem;
  now?: () => Date;
  /** Editing time after which a save also keeps a revision (docs/architecture.md: every few minutes). */
  revisionIntervalMs?: number;
  retention?: RetentionPolicy;
  htmlSerializer?: DraftHtmlSerializer;
  /** How long after a change the list cache is written; the search cache waits longer. */
  listCacheDelayMs?: number;
  searchCacheDelayMs?: number;
  /** Told after a draft was created, written, linked to a post, trashed or restored: the screens re-read it. */
  onDraftChanged?: (draftId: string, change: DraftChange) => void;
  /** Told as a first start reads its drafts in the background, a few times a second and once at the end. */
  onReading?: (reading: LibraryReading) => void;
  /** More drafts than this to read at open (no list cache) are read in the background. */
  backgroundReadAfter?: number;
  /**
   * The built reading worker (reading-worker.mjs beside the host's bundle): a first start reads
   * its many drafts on a few of them. Without it they are read on the host's thread.
   */
  readingWorkerFile?: string;
  /** Told when a reading worker cannot start or dies (its drafts are then read on the host's thread). */
  onReadingWorkerFailed?: (error: unknown) => void;
}
