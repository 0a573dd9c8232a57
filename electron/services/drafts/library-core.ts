// What the library's parts share: its collaborators, each draft's queue, and the few
// steps every change of a draft goes through — run in the draft's queue once it is read,
// written with its crash marker set, committed to the list, search and history. The
// library (draft-library.ts) and its edits (library-history.ts, library-handover.ts) use it;
// nothing outside the drafts folder does.
import path from 'node:path';
import type { Draft, DraftRemote, DraftSaveResult } from '../../contract/index.ts';
import { draftIdSchema } from '../../contract/index.ts';
import { lexicalToPlainText } from '../../../common/document/plain-text.ts';
import { isTempFileName, syncFolder } from '../files/atomic-write.ts';
import { nodeFileSystem, type FileSystem } from '../files/file-system.ts';
import { asStorageWrite } from '../files/storage-error.ts';
import { ServiceError } from '../service-error.ts';
import type { DraftChange, DraftLibraryOptions } from './library-options.ts';
import { DraftRevisions, revisionFileOf } from './draft-revisions.ts';
import { DraftStore } from './draft-store.ts';
import type { RevisionFile } from './file-formats.ts';
import { articleHtmlDocument, type DraftHtmlSerializer } from './html-export.ts';
import { KeyedQueue } from './keyed-queue.ts';
import { MediaStore, type MediaFile } from './media/media-store.ts';
import { importLegacyCurrentDocument } from './legacy-current-document.ts';
import { LibraryIndex } from './library-index.ts';
import { LibraryList } from './library-list.ts';
import { LibraryPaths, STAGING_PREFIX, revisionsFolder } from './library-paths.ts';
import { Quarantine } from './quarantine.ts';
import { RevisionStore } from './revision-store.ts';
import { moveOldLibraryCache } from './library-cache-folder.ts';
import { TrashBin } from './trash-bin.ts';

export class LibraryCore {
  readonly paths: LibraryPaths;
  readonly fs: FileSystem;
  readonly now: () => Date;
  readonly htmlSerializer: DraftHtmlSerializer;
  readonly onDraftChanged: (draftId: string, change: DraftChange) => void;
  readonly quarantine: Quarantine;
  readonly revisionFiles: RevisionStore;
  readonly revisions: DraftRevisions;
  readonly store: DraftStore;
  readonly trash: TrashBin;
  readonly index: LibraryIndex;
  readonly list: LibraryList;
  readonly media: MediaStore;
  readonly queue = new KeyedQueue();
  /** Each draft's remote copies as last read or written: a save keeps them without reading draft.json. */
  readonly remotes = new Map<string, DraftRemote | null>();

  constructor(options: DraftLibraryOptions) {
    this.paths = new LibraryPaths(options.dataDir);
    this.fs = options.fs ?? nodeFileSystem;
    this.now = options.now ?? (() => new Date());
    this.htmlSerializer = options.htmlSerializer ?? articleHtmlDocument;
    this.onDraftChanged = options.onDraftChanged ?? (() => {});
    this.quarantine = new Quarantine(this.paths, this.fs, this.now);
    this.revisionFiles = new RevisionStore(this.fs, this.quarantine);
    this.revisions = new DraftRevisions({
      paths: this.paths,
      store: this.revisionFiles,
      now: this.now,
      intervalMs: options.revisionIntervalMs,
      retention: options.retention,
    });
    this.store = new DraftStore(this.fs, this.quarantine, this.revisionFiles, this.now);
    this.index = new LibraryIndex(this.paths, this.fs);
    this.trash = new TrashBin(this.paths, this.fs, this.now);
    this.media = new MediaStore(this.fs);
    this.list = new LibraryList({
      paths: this.paths,
      fs: this.fs,
      store: this.store,
      quarantine: this.quarantine,
      index: this.index,
      queue: this.queue,
      listCacheDelayMs: options.listCacheDelayMs,
      searchCacheDelayMs: options.searchCacheDelayMs,
      backgroundReadAfter: options.backgroundReadAfter,
      readingWorkerFile: options.readingWorkerFile,
      onReadingWorkerFailed: options.onReadingWorkerFailed,
      onDraftChanged: this.onDraftChanged,
      onReading: options.onReading ?? (() => {}),
    });
  }

  /** The draft as it is on disk, read in its queue. */
  async open(draftId: string): Promise<Draft> {
    return this.run(draftId, () => this.readExisting(draftId));
  }

  /** Reads the folder, recovering from whatever a crash left behind: once, before the library answers. */
  async load(): Promise<void> {
    await moveOldLibraryCache(this.paths.dataDir);
    await asStorageWrite(async () => {
      for (const folder of [
        this.paths.drafts,
        this.paths.trash,
        this.paths.quarantine,
        this.paths.touched,
      ]) {
        await this.fs.mkdir(folder);
      }
    });
    const [cached, marked, names] = await Promise.all([
      this.index.load(),
      this.index.loadMarks(),
      this.fs.readdir(this.paths.drafts),
      this.list.search.load(),
      this.fs.rm(this.paths.oldSearchIndex).catch(() => undefined),
    ]);
    const ids: string[] = [];
    for (const name of names) {
      // A draft being created or imported is assembled under a dot-name and renamed into place.
      if (name.startsWith(STAGING_PREFIX) || isTempFileName(name))
        await this.fs.rm(path.join(this.paths.drafts, name));
      else if (draftIdSchema.safeParse(name).success) ids.push(name);
    }
    await this.list.start({ cached, marked, ids });
    await importLegacyCurrentDocument(this.paths, this.fs, this.quarantine, {
      where: (id) => (this.list.knows(id) ? 'drafts' : null),
      createImported: async (draft) => {
        await this.addDraftFolder(draft, [
          revisionFileOf(draft, lexicalToPlainText(draft.body), 'imported', this.now()),
        ]);
      },
      saveImported: async (id, content) => {
        await this.run(id, async () => {
          const current = await this.readExisting(id);
          const draft = { ...current, ...content, updatedAt: this.now().toISOString() };
          await this.write(id, () => this.commit(draft, 'imported'));
        });
      },
    });
  }

  /** Runs a task of `draftId` in its queue, once this start has read it. */
  async run<T>(draftId: string, task: () => Promise<T>): Promise<T> {
    await this.list.admit(draftId);
    return this.queue.run(draftId, task);
  }

  /** Writes draft.json, keeps a revision if asked, and brings the list and search up to date. */
  async commit(
    draft: Draft,
    reason: RevisionFile['reason'] | null,
    by: string | null = null,
  ): Promise<DraftSaveResult> {
    const bodyText = lexicalToPlainText(draft.body);
    await this.store.write(this.paths.draftFolder(draft.id), draft);
    const summary = await this.list.remember(draft, bodyText);
    const revision = reason ? await this.revisions.keep(draft, bodyText, reason, by) : null;
    return { id: draft.id, updatedAt: draft.updatedAt, words: summary.words, revision };
  }

  /** Puts `next` in place of `current` as one write, `current` kept as a revision first (`reason` says why). */
  async replaceKeepingRevision(
    current: Draft,
    next: Draft,
    reason: RevisionFile['reason'],
  ): Promise<DraftSaveResult> {
    return this.write(current.id, async () => {
      const kept = await this.revisions.keep(
        current,
        lexicalToPlainText(current.body),
        reason,
        null,
      );
      const result = await this.commit({ ...next, updatedAt: this.now().toISOString() }, null);
      return { ...result, revision: kept };
    });
  }

  /** A new draft folder appears whole or not at all: assembled aside, then renamed into place. */
  async addDraftFolder(
    draft: Draft,
    revisions: RevisionFile[],
    media: MediaFile[] = [],
  ): Promise<void> {
    const staging = this.paths.stagingFolder(draft.id);
    await asStorageWrite(async () => {
      try {
        await this.fs.mkdir(revisionsFolder(staging));
        await this.store.write(staging, draft);
        for (const revision of revisions) await this.revisionFiles.write(staging, revision);
        for (const file of media) await this.media.write(staging, file);
        await this.fs.rename(staging, this.paths.draftFolder(draft.id));
        await syncFolder(this.paths.drafts, this.fs);
      } catch (error) {
        await this.fs.rm(staging).catch(() => undefined);
        throw error;
      }
    });
    await this.list.remember(draft);
  }

  /** Runs a write of `draftId` with its crash marker set, reporting failures as storage errors. */
  async write<T>(draftId: string, write: () => Promise<T>): Promise<T> {
    return asStorageWrite(async () => {
      await this.index.beginWrite(draftId);
      try {
        return await write();
      } finally {
        this.index.endWrite(draftId);
      }
    });
  }

  async readExisting(draftId: string): Promise<Draft> {
    this.list.require(draftId);
    const draft = await this.store.read(this.paths.draftFolder(draftId), draftId);
    if (!draft) {
      this.list.remove(draftId);
      throw new ServiceError('storage.corrupt_file');
    }
    this.remotes.set(draftId, draft.remote);
    return draft;
  }

  async remoteOf(draftId: string): Promise<DraftRemote | null> {
    if (!this.remotes.has(draftId)) await this.readExisting(draftId);
    return this.remotes.get(draftId) ?? null;
  }

  unchanged(draft: Draft): DraftSaveResult {
    return {
      id: draft.id,
      updatedAt: draft.updatedAt,
      words: this.list.require(draft.id).words,
      revision: null,
    };
  }

  async textOf(draftId: string, ref: string): Promise<string> {
    if (ref === 'current') return lexicalToPlainText((await this.open(draftId)).body);
    await this.list.admit(draftId);
    this.list.require(draftId);
    return this.revisions.text(draftId, ref);
  }
}
