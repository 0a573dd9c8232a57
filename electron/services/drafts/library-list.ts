// The library's list of drafts and how a start reads it. The list is the cached summaries
// of the drafts whose files have not changed since (a crash's marks say which did), and
// the rest read from their files: at once when they are few, in the background when they
// are many (newest first, so the top of the list is right early; a draft asked for
// meanwhile is read at once). Search takes each draft as it is read. Many drafts are read
// on worker threads when the host gives the worker's file (reading/reading-pool.ts), on the
// host's thread otherwise. After the list is shown, each cached summary is checked against
// its file.
import type { Draft, DraftSummary, LibraryReading } from '../../contract/index.ts';
import { lexicalToPlainText } from '../../../common/document/plain-text.ts';
import { nodeFileSystem, type FileSystem } from '../files/file-system.ts';
import { ServiceError } from '../service-error.ts';
import type { DraftChange } from './library-options.ts';
import { summarizeDraft } from './draft-summary.ts';
import type { DraftStore } from './draft-store.ts';
import type { FileStamp, LibraryIndexEntry } from './file-formats.ts';
import type { KeyedQueue } from './keyed-queue.ts';
import type { LibraryIndex } from './library-index.ts';
import { draftFile, type LibraryPaths } from './library-paths.ts';
import type { Quarantine } from './quarantine.ts';
import type { ReadDrafts } from './reading/draft-reading.ts';
import { ReadingPool } from './reading/reading-pool.ts';
import { DraftSearch } from './search/draft-search.ts';
import { searchDocumentOf } from './search/search-document.ts';

/** Drafts read at once while the library opens. */
export const READ_CONCURRENCY = 16;
/** A few drafts to read (those a crash left marked) are read before the library answers; more are read behind it. */
const BACKGROUND_READ_AFTER = 200;
const READING_REPORT_MS = 250;
/** Drafts a reading worker is sent at once: enough that messages are few, few enough that the list grows steadily. */
const WORKER_BATCH = 64;

export interface LibraryListOptions {
  paths: LibraryPaths;
  fs: FileSystem;
  store: DraftStore;
  quarantine: Quarantine;
  index: LibraryIndex;
  /** The drafts' queues: search reads a draft in its queue, like every other read. */
  queue: KeyedQueue;
  listCacheDelayMs?: number;
  searchCacheDelayMs?: number;
  backgroundReadAfter?: number;
  /** The reading worker (reading/reading-worker.ts, built beside the host's bundle); without it every draft is read on the host's thread. */
  readingWorkerFile?: string;
  onReadingWorkerFailed?: (error: unknown) => void;
  onDraftChanged: (draftId: string, change: DraftChange) => void;
  onReading: (reading: LibraryReading) => void;
}

/** What a start found: the cached list, the drafts a crash marked, and the draft folders there are. */
export interface LibraryFound {
  cached: Map<string, LibraryIndexEntry> | null;
  marked: Set<string>;
  ids: string[];
}

export class LibraryList {
  readonly #options: LibraryListOptions;
  readonly #search: DraftSearch;
  /** Every draft in the list: its summary and the draft.json stamp it was made from. */
  readonly #entries = new Map<string, LibraryIndexEntry>();
  /** Resolves once every cached summary has been checked against its file. */
  #verified: Promise<void> = Promise.resolve();
  /** Drafts in the folder that this start has not read yet (a first start reads them in the background). */
  readonly #pending = new Set<string>();
  /** Reads of pending drafts under way, so a draft asked for meanwhile is read once, at once. */
  readonly #admitting = new Map<string, Promise<void>>();
  /** Resolves once every pending draft is read and search has caught up with the list. */
  #reading: Promise<void> = Promise.resolve();
  #readingComplete = true;
  /** Resolves once the newest drafts are read: what the app opens on is among them. */
  #newestRead: Promise<void> = Promise.resolve();
  #newestReadDone: () => void = () => {};
  /** Resolves once every draft of the folder is in the list. */
  #listRead: Promise<void> = Promise.resolve();
  #closing = false;
  #listCacheTimer: NodeJS.Timeout | null = null;
  /** The workers a first start reads its many drafts on, while it does. */
  #pool: ReadingPool | null = null;
  #reported = 0;

  constructor(options: LibraryListOptions) {
    this.#options = options;
    const { paths, store, queue } = options;
    this.#search = new DraftSearch({
      cacheFile: paths.searchIndex,
      fs: options.fs,
      cacheDelayMs: options.searchCacheDelayMs ?? 30_000,
      versions: () =>
        new Map([...this.#entries.values()].map(({ summary }) => [summary.id, summary.updatedAt])),
      versionOf: (draftId) => this.#entries.get(draftId)?.summary.updatedAt,
      // In the draft's queue: a damaged file read by search and by the check of cached entries at once would be quarantined twice.
      readDocument: (draftId) =>
        queue.run(draftId, async () => {
          if (!this.#entries.has(draftId)) return null;
          const draft = await store.read(paths.draftFolder(draftId), draftId);
          if (draft) return searchDocumentOf(draft, lexicalToPlainText(draft.body));
          // Quarantined just now: gone from the list as when it is opened.
          this.#entries.delete(draftId);
          return null;
        }),
    });
  }

  get search(): DraftSearch {
    return this.#search;
  }

  /** Drafts by last change, newest first. */
  list(): DraftSummary[] {
    return [...this.#entries.values()]
      .map((entry) => entry.summary)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /** How far this start has read the drafts; the list and search answer from what is read so far. */
  reading(): LibraryReading {
    return {
      listed: this.#entries.size,
      total: this.#entries.size + this.#pending.size,
      searchable: Math.min(this.#search.size, this.#entries.size),
      complete: this.#readingComplete,
    };
  }

  listRead(): Promise<void> {
    return this.#listRead;
  }

  newestRead(): Promise<void> {
    return this.#newestRead;
  }

  /** Resolves once every draft is read, search has caught up and every cached summary is checked. */
  async settled(): Promise<void> {
    await this.#reading;
    await this.#verified;
  }

  has(draftId: string): boolean {
    return this.#entries.has(draftId);
  }

  /** Whether the draft is in the folder, read yet or not. */
  knows(draftId: string): boolean {
    return this.#entries.has(draftId) || this.#pending.has(draftId);
  }

  /** The draft's summary; drafts.not_found when it is not in the list. */
  require(draftId: string): DraftSummary {
    const entry = this.#entries.get(draftId);
    if (!entry) throw new ServiceError('drafts.not_found');
    return entry.summary;
  }

  /** The draft left the list (trashed, or found unreadable). */
  remove(draftId: string): void {
    this.#entries.delete(draftId);
  }

  /** Takes a draft just written or read into the list and the search index. */
  async remember(draft: Draft, bodyText = lexicalToPlainText(draft.body)): Promise<DraftSummary> {
    const summary = summarizeDraft(draft, bodyText);
    this.#entries.set(draft.id, { summary, stamp: await this.stampOf(draft.id) });
    this.#search.put(searchDocumentOf(draft, bodyText), draft.updatedAt);
    this.scheduleListCache();
    return summary;
  }

  /** Takes a change of the draft's posts (its text unchanged): the summary says where the story stands. */
  async rememberSync(draft: Draft): Promise<void> {
    this.#entries.set(draft.id, {
      summary: { ...this.require(draft.id), sync: summarizeDraft(draft).sync },
      stamp: await this.stampOf(draft.id),
    });
    this.scheduleListCache();
  }

  async stampOf(draftId: string): Promise<FileStamp | null> {
    const { fs, paths } = this.#options;
    try {
      const { size, mtimeMs } = await fs.stat(draftFile(paths.draftFolder(draftId)));
      return { size, mtimeMs };
    } catch {
      return null;
    }
  }

  /** Reads `draftId` now if this start has not read it yet; a draft asked for is not kept waiting for the rest. */
  async admit(draftId: string, stamp: FileStamp | null = null): Promise<void> {
    if (!this.#pending.has(draftId)) return;
    let admitting = this.#admitting.get(draftId);
    if (!admitting) {
      admitting = this.#takeIn(draftId, stamp).finally(() => {
        this.#pending.delete(draftId);
        this.#admitting.delete(draftId);
      });
      this.#admitting.set(draftId, admitting);
    }
    await admitting;
  }

  /**
   * The start's reading: cached summaries taken as they are, the rest read from their
   * files. Resolves when the library may answer (at once, or with many to read, once
   * they are under way).
   */
  async start(found: LibraryFound): Promise<void> {
    const { cached, marked, ids } = found;
    const threshold = this.#options.backgroundReadAfter ?? BACKGROUND_READ_AFTER;
    const toRead: string[] = [];
    for (const id of ids) {
      const entry = cached?.get(id);
      if (entry && !marked.has(id)) this.#entries.set(id, entry);
      else toRead.push(id);
    }
    for (const id of toRead) this.#pending.add(id);
    this.#readingComplete = false;
    this.#newestRead = new Promise((resolve) => (this.#newestReadDone = resolve));
    const inBackground = toRead.length > threshold;
    const readList = async () => {
      try {
        await this.#readPending(toRead, inBackground);
      } finally {
        this.#newestReadDone();
      }
      if (this.#closing) return;
      const fresh = new Set(toRead);
      this.#verified = this.#verifyCached([...this.#entries.keys()].filter((id) => !fresh.has(id)));
    };
    const keepCaches = async () => {
      if (this.#closing) return;
      // Many drafts came in one by one: fold them into the compact postings at once.
      if (toRead.length > 0) this.#search.compact();
      if (!cached || toRead.length > 0 || marked.size > 0 || cached.size !== this.#entries.size)
        await this.saveListCache();
    };
    const catchUpSearch = async () => {
      // Drafts read just now went into the index as they were read; this finds what else changed.
      await this.#search.catchUp();
      this.#readingComplete = !this.#closing;
      this.#options.onReading(this.reading());
    };
    const sweepLeftovers = async () => {
      // Temp files a crash left in the folders just read: harmless until then, so swept last.
      await forEachLimited(toRead, READ_CONCURRENCY, async (id) => {
        if (!this.#closing)
          await this.#options.store.removeLeftovers(this.#options.paths.draftFolder(id));
      });
    };
    if (inBackground) {
      // The library answers meanwhile: from what is read so far, and a draft asked for is read at once.
      // Told complete as soon as every draft is listed and searchable (uncompacted postings
      // answer as well); compacting and the caches are for the next search and the next start.
      this.#listRead = readList();
      this.#reading = this.#listRead.then(catchUpSearch).then(keepCaches).then(sweepLeftovers);
    } else {
      await readList();
      await keepCaches();
      // A search cache far behind the drafts (missing, damaged) is rebuilt behind the library too.
      const rebuildBehind = this.#search.behind() > threshold;
      this.#reading = catchUpSearch().then(sweepLeftovers);
      if (!rebuildBehind) await this.#reading;
    }
    this.#reading.catch(() => undefined);
    this.#listRead.catch(() => undefined);
  }

  /** What is not read yet is read at the next start: closing does not wait for it. */
  close(): void {
    this.#closing = true;
    this.#search.close();
    void this.#pool?.close();
  }

  scheduleListCache(): void {
    if (this.#listCacheTimer) return;
    this.#listCacheTimer = setTimeout(
      () => void this.saveListCache(),
      this.#options.listCacheDelayMs ?? 2000,
    );
    this.#listCacheTimer.unref();
  }

  async saveListCache(): Promise<void> {
    if (this.#listCacheTimer) clearTimeout(this.#listCacheTimer);
    this.#listCacheTimer = null;
    // A cache that cannot be written is rebuilt at the next start; the drafts are what count.
    await this.#options.index.save(this.#entries.values()).catch(() => undefined);
  }

  /**
   * Reads drafts not in the list cache, newest file first so the top of the list is right
   * early, telling `onReading` as it goes; the search index takes each as it is read. Read in
   * the background, all but the newest are read on workers when there are any.
   */
  async #readPending(ids: string[], inBackground: boolean): Promise<void> {
    if (ids.length === 0) {
      this.#newestReadDone();
      return;
    }
    const pool = inBackground && ids.length > READ_CONCURRENCY ? this.#startPool() : null;
    try {
      await this.#readNewestFirst(ids, pool);
    } finally {
      this.#pool = null;
      void pool?.close();
    }
  }

  async #readNewestFirst(ids: string[], pool: ReadingPool | null): Promise<void> {
    const stamps = new Map<string, FileStamp | null>();
    await forEachLimited(ids, READ_CONCURRENCY * 4, async (id) => {
      stamps.set(id, await this.stampOf(id));
    });
    const newestFirst = [...ids].sort(
      (a, b) => (stamps.get(b)?.mtimeMs ?? 0) - (stamps.get(a)?.mtimeMs ?? 0),
    );
    // The newest first, as one batch: the draft the app opens on is among them.
    await forEachLimited(newestFirst.slice(0, READ_CONCURRENCY), READ_CONCURRENCY, (id) =>
      this.admit(id, stamps.get(id) ?? null),
    );
    this.#newestReadDone();
    this.#reported = performance.now();
    const rest = newestFirst.slice(READ_CONCURRENCY);
    if (pool) {
      await this.#readOnWorkers(rest, stamps, pool);
      return;
    }
    await forEachLimited(rest, READ_CONCURRENCY, async (id) => {
      if (this.#closing) return;
      await this.admit(id, stamps.get(id) ?? null);
      this.#reportNowAndThen();
    });
  }

  /** The reading workers, when the host gives their file and the drafts are on the disk they can read. */
  #startPool(): ReadingPool | null {
    const { readingWorkerFile, fs, onReadingWorkerFailed } = this.#options;
    // A file system of the caller's own (the tests' faults) is honoured: the workers would read past it.
    if (!readingWorkerFile || fs !== nodeFileSystem) return null;
    this.#pool = new ReadingPool(readingWorkerFile, (error) => onReadingWorkerFailed?.(error));
    return this.#pool;
  }

  /**
   * Reads drafts in batches on the workers, a couple per worker at once so none waits for the
   * host. What a worker could not read cleanly (or any batch, if the workers are gone) is
   * read here as at any other time: recovered, quarantined or migrated.
   */
  async #readOnWorkers(
    ids: string[],
    stamps: Map<string, FileStamp | null>,
    pool: ReadingPool,
  ): Promise<void> {
    const { paths } = this.#options;
    // A draft without a stamp had no draft.json a moment ago: what the host's reading recovers.
    const onHost = ids.filter((id) => !stamps.get(id));
    const stamped = ids.filter((id) => stamps.get(id));
    const batches = Array.from({ length: Math.ceil(stamped.length / WORKER_BATCH) }, (_, index) =>
      stamped.slice(index * WORKER_BATCH, (index + 1) * WORKER_BATCH),
    );
    await forEachLimited(batches, Math.max(1, pool.size) * 2, async (batch) => {
      if (this.#closing) return;
      const reply = await pool.read(
        batch.map((id) => ({ id, file: draftFile(paths.draftFolder(id)) })),
      );
      const left = this.#takeInRead(batch, reply, stamps);
      await forEachLimited(left, READ_CONCURRENCY, (id) => this.admit(id, stamps.get(id) ?? null));
      this.#reportNowAndThen();
    });
    await forEachLimited(onHost, READ_CONCURRENCY, async (id) => {
      if (!this.#closing) await this.admit(id, null);
    });
  }

  /**
   * Takes in what a worker read of `batch`; returns the drafts the host must read itself.
   * A draft asked for meanwhile was read here instead (and may have been saved since): the
   * worker's older read of it is dropped.
   */
  #takeInRead(
    batch: string[],
    reply: ReadDrafts | null,
    stamps: Map<string, FileStamp | null>,
  ): string[] {
    if (this.#closing) return [];
    if (!reply) return batch;
    const left: string[] = [];
    const toIndex: { id: string; version: string; position: number }[] = [];
    batch.forEach((id, index) => {
      if (!this.#pending.has(id) || this.#admitting.has(id)) return;
      const read = reply.drafts[index];
      if (!read) {
        left.push(id);
        return;
      }
      const { summary, position } = read;
      // Read cleanly, nothing recovered: the stamp taken before reading stands, as in #takeIn.
      this.#entries.set(id, { summary, stamp: stamps.get(id) ?? null });
      this.#pending.delete(id);
      if (this.#search.indexedVersion(id) !== summary.updatedAt)
        toIndex.push({ id, version: summary.updatedAt, position });
    });
    this.#search.putWeighed(toIndex, reply.weighed);
    return left;
  }

  /** Tells `onReading` how far the reading is, a few times a second. */
  #reportNowAndThen(): void {
    if (performance.now() - this.#reported < READING_REPORT_MS) return;
    this.#reported = performance.now();
    this.#options.onReading(this.reading());
  }

  async #takeIn(draftId: string, knownStamp: FileStamp | null): Promise<void> {
    const { quarantine, store, paths } = this.#options;
    const problemsBefore = quarantine.problems().length;
    const draft = await store.read(paths.draftFolder(draftId), draftId);
    if (!draft) return;
    // Reading rebuilds a damaged file from a revision, and records a problem when it does: then the
    // file has a new stamp. Otherwise the one taken before reading stands (a file changed since is read again next start).
    const stamp =
      knownStamp && quarantine.problems().length === problemsBefore
        ? knownStamp
        : await this.stampOf(draftId);
    const bodyText = lexicalToPlainText(draft.body);
    this.#entries.set(draftId, { summary: summarizeDraft(draft, bodyText), stamp });
    if (this.#search.indexedVersion(draftId) !== draft.updatedAt)
      this.#search.put(searchDocumentOf(draft, bodyText), draft.updatedAt);
  }

  /**
   * Checks, after the list is shown, that each cached summary still matches its file: a
   * file changed or damaged by hand is read again (and quarantined if it must be).
   */
  async #verifyCached(ids: string[]): Promise<void> {
    const { queue, store, paths } = this.#options;
    await forEachLimited(ids, READ_CONCURRENCY, async (id) => {
      const cachedStamp = this.#entries.get(id)?.stamp;
      const stamp = await this.stampOf(id);
      if (
        stamp &&
        cachedStamp &&
        stamp.size === cachedStamp.size &&
        stamp.mtimeMs === cachedStamp.mtimeMs
      )
        return;
      await queue.run(id, async () => {
        if (!this.#entries.has(id)) return;
        const draft = await store.read(paths.draftFolder(id), id);
        // Changed on disk by hand since the list was cached: shown as it is now.
        if (draft) {
          await this.remember(draft);
          this.#options.onDraftChanged(id, 'saved');
        } else this.#entries.delete(id);
      });
    });
  }
}

/** Runs `task` on each item, at most `limit` at once. */
export async function forEachLimited<T>(
  items: T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
