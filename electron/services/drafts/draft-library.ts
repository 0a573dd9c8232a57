// The local draft library (docs/architecture.md, "Storage"): one folder per draft with its revisions,
// a trash, a quarantine, and two caches (the list and the search index) that can always be
// rebuilt from the drafts. Every write of a draft goes through that draft's queue, so saves
// land one at a time and in order. Plain Node; its data folder and file system are given.
import path from 'node:path';
import type {
  Draft,
  DraftContent,
  DraftSaveResult,
  DraftRemote,
  DraftSummary,
  ImportResult,
  LibraryProblem,
  LibraryReading,
  LibrarySearch,
  MediaInfo,
  Revision,
  RevisionComparison,
  RevisionInfo,
  RemotePost,
  SearchResult,
  TrashedDraftSummary,
  WorkflowStatus,
  DraftWorkflow,
} from '../../contract/index.ts';
import { draftIdSchema, type HostEventPayload } from '../../contract/index.ts';
import { countCharacters, countWords } from '../../../common/arabic/word-count.ts';
import { compareWords } from '../../../common/arabic/word-comparison.ts';
import { checkArticleBody } from '../../../common/document/article-document-check.ts';
import { unknownNodesAsText } from '../../../common/document/unknown-nodes-as-text.ts';
import { lexicalToPlainText } from '../../../common/document/plain-text.ts';
import { isTempFileName, syncFolder } from '../files/atomic-write.ts';
import { nodeFileSystem, type FileSystem } from '../files/file-system.ts';
import { asStorageWrite } from '../files/storage-error.ts';
import { ServiceError } from '../service-error.ts';
import { summarizeDraft } from './draft-summary.ts';
import { DraftStore } from './draft-store.ts';
import { requireArticleBody } from './document-boundary.ts';
import { exportFileContent, parseExportFile } from './draft-transfer.ts';
import type { FileStamp, LibraryIndexEntry, RevisionFile } from './file-formats.ts';
import { articleHtmlDocument, type DraftHtmlSerializer } from './html-export.ts';
import { newDraftId, newRevisionId, revisionTime } from './ids.ts';
import { KeyedQueue } from './keyed-queue.ts';
import {
  MediaStore,
  type MediaEntry,
  type MediaFile,
  type MediaUpload,
} from './media/media-store.ts';
import { importLegacyCurrentDocument } from './legacy-current-document.ts';
import { LibraryIndex } from './library-index.ts';
import { LibraryPaths, STAGING_PREFIX, draftFile, revisionsFolder } from './library-paths.ts';
import { Quarantine } from './quarantine.ts';
import { DEFAULT_RETENTION, type RetentionPolicy } from './revision-retention.ts';
import { RevisionStore, revisionInfo, toRevision } from './revision-store.ts';
import { DraftSearch } from './search/draft-search.ts';
import { searchDocumentOf } from './search/search-document.ts';
import { moveOldLibraryCache } from './library-cache-folder.ts';
import { folderExists, TrashBin } from './trash-bin.ts';

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
}

const FIVE_MINUTES = 5 * 60 * 1000;
/** Drafts read at once while the library opens. */
const READ_CONCURRENCY = 16;
/** A few drafts to read (those a crash left marked) are read before the library answers; more are read behind it. */
const BACKGROUND_READ_AFTER = 200;
const READING_REPORT_MS = 250;

type RevisionMark = { at: number; words: number; characters: number };

export class DraftLibrary {
  readonly #paths: LibraryPaths;
  readonly #fs: FileSystem;
  readonly #now: () => Date;
  readonly #revisionIntervalMs: number;
  readonly #retention: RetentionPolicy;
  readonly #htmlSerializer: DraftHtmlSerializer;
  readonly #listCacheDelayMs: number;
  readonly #onDraftChanged: (draftId: string, change: DraftChange) => void;
  readonly #onReading: (reading: LibraryReading) => void;
  readonly #backgroundReadAfter: number;
  readonly #quarantine: Quarantine;
  readonly #revisions: RevisionStore;
  readonly #store: DraftStore;
  readonly #trash: TrashBin;
  readonly #index: LibraryIndex;
  readonly #search: DraftSearch;
  readonly #media: MediaStore;
  readonly #queue = new KeyedQueue();
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
  /** The newest revision of each draft, learnt on its first save in this session. */
  readonly #lastRevision = new Map<string, RevisionMark | null>();
  /** Each draft's remote copies as last read or written: a save keeps them without reading draft.json. */
  readonly #remotes = new Map<string, DraftRemote | null>();
  #listCacheTimer: NodeJS.Timeout | null = null;

  private constructor(options: DraftLibraryOptions) {
    this.#paths = new LibraryPaths(options.dataDir);
    this.#fs = options.fs ?? nodeFileSystem;
    this.#now = options.now ?? (() => new Date());
    this.#revisionIntervalMs = options.revisionIntervalMs ?? FIVE_MINUTES;
    this.#retention = options.retention ?? DEFAULT_RETENTION;
    this.#htmlSerializer = options.htmlSerializer ?? articleHtmlDocument;
    this.#listCacheDelayMs = options.listCacheDelayMs ?? 2000;
    this.#onDraftChanged = options.onDraftChanged ?? (() => {});
    this.#onReading = options.onReading ?? (() => {});
    this.#backgroundReadAfter = options.backgroundReadAfter ?? BACKGROUND_READ_AFTER;
    this.#quarantine = new Quarantine(this.#paths, this.#fs, this.#now);
    this.#revisions = new RevisionStore(this.#fs, this.#quarantine);
    this.#store = new DraftStore(this.#fs, this.#quarantine, this.#revisions, this.#now);
    this.#index = new LibraryIndex(this.#paths, this.#fs);
    this.#trash = new TrashBin(this.#paths, this.#fs, this.#now);
    this.#media = new MediaStore(this.#fs);
    this.#search = new DraftSearch({
      cacheFile: this.#paths.searchIndex,
      fs: this.#fs,
      cacheDelayMs: options.searchCacheDelayMs ?? 30_000,
      versions: () =>
        new Map([...this.#entries.values()].map(({ summary }) => [summary.id, summary.updatedAt])),
      versionOf: (draftId) => this.#entries.get(draftId)?.summary.updatedAt,
      // In the draft's queue: a damaged file read by search and by the check of cached entries at once would be quarantined twice.
      readDocument: (draftId) =>
        this.#queue.run(draftId, async () => {
          if (!this.#entries.has(draftId)) return null;
          const draft = await this.#store.read(this.#paths.draftFolder(draftId), draftId);
          if (draft) return searchDocumentOf(draft, lexicalToPlainText(draft.body));
          // Quarantined just now: gone from the list as when it is opened.
          this.#entries.delete(draftId);
          return null;
        }),
    });
  }

  /** Opens the library in `dataDir`, recovering from whatever a crash left behind. */
  static async open(options: DraftLibraryOptions): Promise<DraftLibrary> {
    const library = new DraftLibrary(options);
    await library.#load();
    return library;
  }

  // ---- the list ----

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

  /** Resolves once every draft is in the list (at once unless a first start reads them in the background). */
  listRead(): Promise<void> {
    return this.#listRead;
  }

  /** Resolves once the newest drafts are read (at once unless a first start reads them in the background). */
  newestRead(): Promise<void> {
    return this.#newestRead;
  }

  /** What could not be read, once every draft has been read and checked. */
  async problems(): Promise<LibraryProblem[]> {
    await this.#reading;
    await this.#verified;
    return this.#quarantine.problems();
  }

  // ---- one draft ----

  async create(content: DraftContent = emptyContent()): Promise<Draft> {
    requireArticleBody(content.body);
    const now = this.#now().toISOString();
    const draft: Draft = {
      id: newDraftId(),
      createdAt: now,
      updatedAt: now,
      workflow: { status: 'draft' },
      ...content,
      review: content.review ?? { comments: [] },
      remote: null,
    };
    await this.#addDraftFolder(draft, []);
    this.#onDraftChanged(draft.id, 'created');
    return draft;
  }

  async open(draftId: string): Promise<Draft> {
    return this.#run(draftId, () => this.#readExisting(draftId));
  }

  /** Writes the draft; every few minutes of editing the save also keeps a revision. */
  async save(draftId: string, content: DraftContent): Promise<DraftSaveResult> {
    // Checked before the queue: a refused body writes nothing, not even a revision.
    requireArticleBody(content.body);
    return this.#run(draftId, async () => {
      const summary = this.#require(draftId);
      const now = this.#now();
      const last = await this.#newestRevision(draftId);
      const due = !last || now.getTime() - last.at >= this.#revisionIntervalMs;
      const draft: Draft = {
        id: draftId,
        createdAt: summary.createdAt,
        updatedAt: now.toISOString(),
        workflow: { status: summary.status },
        meta: content.meta,
        body: content.body,
        review: content.review ?? (await this.#readExisting(draftId)).review,
        remote: await this.#remoteOf(draftId),
      };
      const result = await this.#write(draftId, () => this.#commit(draft, due ? 'interval' : null));
      this.#onDraftChanged(draftId, 'saved');
      return result;
    });
  }

  /** Moves the draft along the workflow by hand; each change keeps a revision. */
  async setStatus(draftId: string, status: WorkflowStatus): Promise<DraftSaveResult> {
    return this.setWorkflow(draftId, (current) => ({ ...current, status }), null);
  }

  /**
   * Moves the draft along the workflow as a site answered (sent to the desk, published,
   * taken back): a status change keeps a revision saying who made it. `withDesk` is kept
   * only while the story stays with the desk.
   */
  async setWorkflow(
    draftId: string,
    change: (current: DraftWorkflow) => DraftWorkflow,
    by: string | null,
  ): Promise<DraftSaveResult> {
    return this.#run(draftId, async () => {
      const current = await this.#readExisting(draftId);
      const changed = change(current.workflow);
      const workflow: DraftWorkflow =
        changed.status === 'sent_to_desk' && changed.withDesk
          ? changed
          : { status: changed.status };
      if (JSON.stringify(workflow) === JSON.stringify(current.workflow))
        return this.#unchanged(current);
      const updatedAt = this.#now().toISOString();
      const draft = {
        ...current,
        workflow,
        updatedAt,
        remote: inSyncAfterStageChange(current, updatedAt),
      };
      const reason = workflow.status === current.workflow.status ? null : 'status_change';
      const result = await this.#write(draftId, () => this.#commit(draft, reason, by));
      this.#remotes.set(draftId, draft.remote);
      this.#onDraftChanged(draftId, 'workflow');
      return result;
    });
  }

  /**
   * Records the post this draft became on a site (null forgets it), as the outbox learns
   * it. The text, `updatedAt` and the revisions are left as they are.
   */
  async setRemote(draftId: string, siteId: string, post: RemotePost | null): Promise<Draft> {
    return this.#run(draftId, async () => {
      const current = await this.#readExisting(draftId);
      const others = Object.entries(current.remote ?? {}).filter(([site]) => site !== siteId);
      const entries = post ? [...others, [siteId, post] as const] : others;
      const draft: Draft = {
        ...current,
        remote: entries.length > 0 ? Object.fromEntries(entries) : null,
      };
      await this.#write(draftId, async () => {
        await this.#store.write(this.#paths.draftFolder(draftId), draft);
        // The summary says where the story stands (sent, published): it follows the posts.
        this.#entries.set(draftId, {
          summary: { ...this.#require(draftId), sync: summarizeDraft(draft).sync },
          stamp: await this.#stampOf(draftId),
        });
        this.#scheduleListCache();
      });
      this.#remotes.set(draftId, draft.remote);
      this.#onDraftChanged(draftId, 'remote');
      return draft;
    });
  }

  /** A new draft with the same text and its own copy of the images. */
  async duplicate(draftId: string): Promise<Draft> {
    const [source, media] = await this.#run(draftId, async () => {
      const draft = await this.#readExisting(draftId);
      return [draft, await this.#media.readAll(this.#paths.draftFolder(draftId))] as const;
    });
    const now = this.#now().toISOString();
    const copy: Draft = {
      ...source,
      id: newDraftId(),
      createdAt: now,
      updatedAt: now,
      workflow: { status: 'draft' },
      remote: null,
    };
    await this.#addDraftFolder(copy, [], media);
    this.#onDraftChanged(copy.id, 'created');
    return copy;
  }

  // ---- images ----

  /**
   * Keeps an image in the draft's folder, once per content: media.unsupported_type unless
   * its bytes are JPEG, PNG, GIF or WebP, media.too_large past MAX_MEDIA_BYTES.
   */
  async addMedia(draftId: string, upload: MediaUpload): Promise<MediaInfo> {
    return this.#run(draftId, async () => {
      this.#require(draftId);
      return asStorageWrite(() => this.#media.add(this.#paths.draftFolder(draftId), upload));
    });
  }

  /** The draft's images with the path of each file: what publishing uploads. */
  async listMedia(draftId: string): Promise<MediaEntry[]> {
    await this.#admit(draftId);
    this.#require(draftId);
    return this.#media.list(this.#paths.draftFolder(draftId));
  }

  /** One image's bytes and description; media.not_found when the draft has no such image. */
  async readMedia(draftId: string, hash: string): Promise<MediaFile> {
    await this.#admit(draftId);
    this.#require(draftId);
    const file = await this.#media.read(this.#paths.draftFolder(draftId), hash);
    if (!file) throw new ServiceError('media.not_found');
    return file;
  }

  // ---- trash ----

  async trash(draftId: string): Promise<void> {
    await this.#run(draftId, async () => {
      this.#require(draftId);
      await this.#write(draftId, () => this.#trash.moveIn(draftId));
      this.#entries.delete(draftId);
      this.#lastRevision.delete(draftId);
      this.#remotes.delete(draftId);
      this.#search.remove(draftId);
    });
    this.#onDraftChanged(draftId, 'trashed');
  }

  async restore(draftId: string): Promise<DraftSummary> {
    return this.#run(draftId, async () => {
      if (this.#entries.has(draftId)) throw new ServiceError('drafts.already_exists');
      const folder = await this.#write(draftId, () => this.#trash.moveOut(draftId));
      const draft = await this.#store.read(folder, draftId);
      if (!draft) throw new ServiceError('storage.corrupt_file');
      const summary = await this.#remember(draft);
      this.#onDraftChanged(draftId, 'restored');
      return summary;
    });
  }

  async listTrash(): Promise<TrashedDraftSummary[]> {
    return this.#trash.list((folder, draftId) => this.#store.read(folder, draftId));
  }

  async deleteFromTrash(draftId: string): Promise<void> {
    await asStorageWrite(() => this.#trash.delete(draftId));
  }

  async emptyTrash(): Promise<{ deleted: number }> {
    return { deleted: await asStorageWrite(() => this.#trash.empty()) };
  }

  // ---- revisions ----

  /** The history, newest first. */
  async listRevisions(draftId: string): Promise<RevisionInfo[]> {
    await this.#admit(draftId);
    this.#require(draftId);
    const revisions = await this.#revisions.list(this.#paths.draftFolder(draftId), draftId);
    return revisions.map(revisionInfo).reverse();
  }

  async getRevision(draftId: string, revisionId: string): Promise<Revision> {
    await this.#admit(draftId);
    this.#require(draftId);
    const revisions = await this.#revisions.list(this.#paths.draftFolder(draftId), draftId);
    const revision = revisions.find((candidate) => candidate.id === revisionId);
    if (!revision) throw new ServiceError('drafts.revision_not_found');
    return revision;
  }

  /** Puts an old revision back; the text it replaces is kept as a revision first, so this can be undone. */
  async restoreRevision(draftId: string, revisionId: string): Promise<DraftSaveResult> {
    return this.#run(draftId, async () => {
      const folder = this.#paths.draftFolder(draftId);
      const current = await this.#readExisting(draftId);
      const revision = await this.#revisions.read(folder, draftId, revisionId);
      if (!revision) throw new ServiceError('drafts.revision_not_found');
      // A revision file is on disk, where anything may have changed it: it enters like any document.
      requireArticleBody(revision.body);
      return this.#write(draftId, async () => {
        const kept = await this.#keepRevision(
          current,
          lexicalToPlainText(current.body),
          'before_restore',
          null,
        );
        // A revision from before review notes keeps today's comments: their marks may be gone, but not the notes.
        const review = revision.review ?? current.review;
        const restored = {
          ...current,
          meta: revision.meta,
          body: revision.body,
          review,
          updatedAt: this.#now().toISOString(),
        };
        const result = await this.#commit(restored, null);
        this.#onDraftChanged(draftId, 'saved');
        return { ...result, revision: kept };
      });
    });
  }

  /**
   * Makes a draft with node types Midad does not know editable: each becomes paragraphs of its
   * text. The draft as it was is kept as a revision first. A draft with nothing unknown is left
   * alone; one the schema refuses for anything else keeps that refusal's code.
   */
  async keepUnknownAsText(draftId: string): Promise<DraftSaveResult> {
    return this.#run(draftId, async () => {
      const current = await this.#readExisting(draftId);
      const check = checkArticleBody(current.body);
      if (check.ok) return this.#unchanged(current);
      if (check.code !== 'document.unknown_node')
        throw new ServiceError(check.code, [check.detail]);
      const body = unknownNodesAsText(current.body);
      requireArticleBody(body);
      return this.#write(draftId, async () => {
        const kept = await this.#keepRevision(
          current,
          lexicalToPlainText(current.body),
          'before_keep_as_text',
          null,
        );
        const result = await this.#commit(
          { ...current, body, updatedAt: this.#now().toISOString() },
          null,
        );
        this.#onDraftChanged(draftId, 'saved');
        return { ...result, revision: kept };
      });
    });
  }

  /**
   * Puts another version of the text in place (the site's, or a merge with it) as one step:
   * the text it replaces is kept as a revision first, so nothing typed here is lost.
   */
  async replaceContent(draftId: string, content: DraftContent): Promise<DraftSaveResult> {
    requireArticleBody(content.body);
    return this.#run(draftId, async () => {
      const current = await this.#readExisting(draftId);
      return this.#write(draftId, async () => {
        const kept = await this.#keepRevision(
          current,
          lexicalToPlainText(current.body),
          'before_site_version',
          null,
        );
        const replaced = {
          ...current,
          meta: content.meta,
          body: content.body,
          review: content.review ?? current.review,
          updatedAt: this.#now().toISOString(),
        };
        const result = await this.#commit(replaced, null);
        return { ...result, revision: kept };
      });
    });
  }

  /** A word-level diff of two revisions ('current' is the draft as it is now). */
  async compareRevisions(
    draftId: string,
    before: string,
    after: string,
  ): Promise<RevisionComparison> {
    const [beforeText, afterText] = await Promise.all([
      this.#textOf(draftId, before),
      this.#textOf(draftId, after),
    ]);
    return compareWords(beforeText, afterText);
  }

  // ---- search ----

  async search(query: string, options: { limit?: number } = {}): Promise<SearchResult[]> {
    return (await this.searchLibrary(query, options)).results;
  }

  /** The results, and how much of the library they come from (part of it while a first start still reads it). */
  async searchLibrary(query: string, options: { limit?: number } = {}): Promise<LibrarySearch> {
    const reading = this.reading();
    const { results, searched } = await this.#search.search(query, options.limit ?? 20);
    return { results, reading: { ...reading, searchable: Math.min(searched, reading.total) } };
  }

  // ---- hand-over ----

  async exportDraft(
    draftId: string,
    options: { includeRevisions?: boolean } = {},
  ): Promise<string> {
    const draft = await this.open(draftId);
    let revisions: RevisionFile[] | null = null;
    if (options.includeRevisions) {
      const folder = this.#paths.draftFolder(draftId);
      revisions = [];
      for (const id of await this.#revisions.ids(folder)) {
        const revision = await this.#revisions.read(folder, draftId, id);
        if (revision) revisions.push(revision);
      }
    }
    const media = await this.#media.readAll(this.#paths.draftFolder(draftId));
    return exportFileContent(draft, revisions, media, this.#now());
  }

  async exportHtml(draftId: string): Promise<string> {
    const draft = await this.open(draftId);
    const media = await this.#media.readAll(this.#paths.draftFolder(draftId));
    const images = new Map(
      media.map(({ info, bytes }) => [
        info.hash,
        `data:${info.mimeType};base64,${Buffer.from(bytes).toString('base64')}`,
      ]),
    );
    return this.#htmlSerializer(draft, images);
  }

  /**
   * Takes in a .midad file. A draft with the same id (here or in the trash) is never
   * overwritten: the file then becomes a copy with a new id, and the result says so.
   */
  async importDraft(content: string): Promise<ImportResult> {
    const { draft, revisions, media } = parseExportFile(content);
    const taken =
      this.#entries.has(draft.id) ||
      (await folderExists(this.#fs, this.#paths.draftFolder(draft.id))) ||
      (await this.#trash.has(draft.id));
    const id = taken ? newDraftId() : draft.id;
    const imported = { ...draft, id };
    const now = this.#now();
    const bodyText = lexicalToPlainText(draft.body);
    const arrival = this.#revisionFile(imported, bodyText, 'imported', now);
    const all = [...revisions.map((revision) => ({ ...revision, draftId: id })), arrival];
    await this.#addDraftFolder(imported, all, media);
    this.#onDraftChanged(id, 'created');
    return {
      draftId: id,
      outcome: taken ? 'copy' : 'imported',
      originalId: draft.id,
      revisions: all.length,
    };
  }

  // ---- caches and shutdown ----

  /** Writes both caches now (they are otherwise written a little after changes). */
  async flush(): Promise<void> {
    await this.#reading;
    await this.#verified;
    await this.#queue.idle();
    await this.#saveListCache();
    await this.#search.flush();
  }

  async close(): Promise<void> {
    // What is not read yet is read at the next start: closing does not wait for it.
    this.#closing = true;
    this.#search.close();
    await this.flush();
  }

  // ---- internals ----

  async #load(): Promise<void> {
    await moveOldLibraryCache(this.#paths.dataDir);
    await asStorageWrite(async () => {
      for (const folder of [
        this.#paths.drafts,
        this.#paths.trash,
        this.#paths.quarantine,
        this.#paths.touched,
      ]) {
        await this.#fs.mkdir(folder);
      }
    });
    const [cached, marked, names] = await Promise.all([
      this.#index.load(),
      this.#index.loadMarks(),
      this.#fs.readdir(this.#paths.drafts),
      this.#search.load(),
      this.#fs.rm(this.#paths.oldSearchIndex).catch(() => undefined),
    ]);
    const ids: string[] = [];
    for (const name of names) {
      // A draft being created or imported is assembled under a dot-name and renamed into place.
      if (name.startsWith(STAGING_PREFIX) || isTempFileName(name))
        await this.#fs.rm(path.join(this.#paths.drafts, name));
      else if (draftIdSchema.safeParse(name).success) ids.push(name);
    }
    const toRead: string[] = [];
    for (const id of ids) {
      const entry = cached?.get(id);
      if (entry && !marked.has(id)) this.#entries.set(id, entry);
      else toRead.push(id);
    }
    for (const id of toRead) this.#pending.add(id);
    this.#readingComplete = false;
    this.#newestRead = new Promise((resolve) => (this.#newestReadDone = resolve));
    const readList = async () => {
      try {
        await this.#readPending(toRead);
      } finally {
        this.#newestReadDone();
      }
      if (this.#closing) return;
      if (!cached || toRead.length > 0 || marked.size > 0 || cached.size !== this.#entries.size)
        await this.#saveListCache();
      const fresh = new Set(toRead);
      this.#verified = this.#verifyCached([...this.#entries.keys()].filter((id) => !fresh.has(id)));
    };
    const catchUpSearch = async () => {
      // Drafts read just now went into the index as they were read; this finds what else changed.
      await this.#search.catchUp();
      this.#readingComplete = !this.#closing;
      this.#onReading(this.reading());
      // Temp files a crash left in the folders just read: harmless until then, so swept last.
      await forEachLimited(toRead, READ_CONCURRENCY, async (id) => {
        if (!this.#closing) await this.#store.removeLeftovers(this.#paths.draftFolder(id));
      });
    };
    if (toRead.length > this.#backgroundReadAfter) {
      // The library answers meanwhile: from what is read so far, and a draft asked for is read at once.
      this.#listRead = readList();
      this.#reading = this.#listRead.then(catchUpSearch);
    } else {
      await readList();
      // A search cache far behind the drafts (missing, damaged) is rebuilt behind the library too.
      const rebuildBehind = this.#search.behind() > this.#backgroundReadAfter;
      this.#reading = catchUpSearch();
      if (!rebuildBehind) await this.#reading;
    }
    this.#reading.catch(() => undefined);
    this.#listRead.catch(() => undefined);
    await importLegacyCurrentDocument(this.#paths, this.#fs, this.#quarantine, {
      where: (id) => (this.#entries.has(id) || this.#pending.has(id) ? 'drafts' : null),
      createImported: async (draft) => {
        await this.#addDraftFolder(draft, [
          this.#revisionFile(draft, lexicalToPlainText(draft.body), 'imported', this.#now()),
        ]);
      },
      saveImported: async (id, content) => {
        await this.#run(id, async () => {
          const current = await this.#readExisting(id);
          const draft = { ...current, ...content, updatedAt: this.#now().toISOString() };
          await this.#write(id, () => this.#commit(draft, 'imported'));
        });
      },
    });
  }

  /**
   * Reads drafts not in the list cache, newest file first so the top of the list is right
   * early, telling `onReading` as it goes; the search index takes each as it is read.
   */
  async #readPending(ids: string[]): Promise<void> {
    if (ids.length === 0) {
      this.#newestReadDone();
      return;
    }
    const stamps = new Map<string, FileStamp | null>();
    await forEachLimited(ids, READ_CONCURRENCY * 4, async (id) => {
      stamps.set(id, await this.#stampOf(id));
    });
    const newestFirst = [...ids].sort(
      (a, b) => (stamps.get(b)?.mtimeMs ?? 0) - (stamps.get(a)?.mtimeMs ?? 0),
    );
    // The newest first, as one batch: the draft the app opens on is among them.
    await forEachLimited(newestFirst.slice(0, READ_CONCURRENCY), READ_CONCURRENCY, (id) =>
      this.#admit(id, stamps.get(id) ?? null),
    );
    this.#newestReadDone();
    let reported = performance.now();
    await forEachLimited(newestFirst.slice(READ_CONCURRENCY), READ_CONCURRENCY, async (id) => {
      if (this.#closing) return;
      await this.#admit(id, stamps.get(id) ?? null);
      if (performance.now() - reported >= READING_REPORT_MS) {
        reported = performance.now();
        this.#onReading(this.reading());
      }
    });
    // Many drafts came in one by one: fold them into the compact postings at once.
    this.#search.compact();
  }

  /** Reads `draftId` now if this start has not read it yet; a draft asked for is not kept waiting for the rest. */
  async #admit(draftId: string, stamp: FileStamp | null = null): Promise<void> {
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

  async #takeIn(draftId: string, knownStamp: FileStamp | null): Promise<void> {
    const problemsBefore = this.#quarantine.problems().length;
    const draft = await this.#store.read(this.#paths.draftFolder(draftId), draftId);
    if (!draft) return;
    // Reading rebuilds a damaged file from a revision, and records a problem when it does: then the
    // file has a new stamp. Otherwise the one taken before reading stands (a file changed since is read again next start).
    const stamp =
      knownStamp && this.#quarantine.problems().length === problemsBefore
        ? knownStamp
        : await this.#stampOf(draftId);
    const bodyText = lexicalToPlainText(draft.body);
    this.#entries.set(draftId, { summary: summarizeDraft(draft, bodyText), stamp });
    if (this.#search.indexedVersion(draftId) !== draft.updatedAt)
      this.#search.put(searchDocumentOf(draft, bodyText), draft.updatedAt);
  }

  /** Runs a task of `draftId` in its queue, once this start has read it. */
  async #run<T>(draftId: string, task: () => Promise<T>): Promise<T> {
    await this.#admit(draftId);
    return this.#queue.run(draftId, task);
  }

  /** Writes draft.json, keeps a revision if asked, and brings the list and search up to date. */
  async #commit(
    draft: Draft,
    reason: RevisionFile['reason'] | null,
    by: string | null = null,
  ): Promise<DraftSaveResult> {
    const bodyText = lexicalToPlainText(draft.body);
    await this.#store.write(this.#paths.draftFolder(draft.id), draft);
    const summary = await this.#remember(draft, bodyText);
    const revision = reason ? await this.#keepRevision(draft, bodyText, reason, by) : null;
    return { id: draft.id, updatedAt: draft.updatedAt, words: summary.words, revision };
  }

  /** Takes a draft just written or read into the list and the search index. */
  async #remember(draft: Draft, bodyText = lexicalToPlainText(draft.body)): Promise<DraftSummary> {
    const summary = summarizeDraft(draft, bodyText);
    this.#entries.set(draft.id, { summary, stamp: await this.#stampOf(draft.id) });
    this.#search.put(searchDocumentOf(draft, bodyText), draft.updatedAt);
    this.#scheduleListCache();
    return summary;
  }

  async #keepRevision(
    draft: Draft,
    bodyText: string,
    reason: RevisionFile['reason'],
    by: string | null,
  ): Promise<RevisionInfo> {
    const now = this.#now();
    const folder = this.#paths.draftFolder(draft.id);
    const previous = await this.#newestRevision(draft.id);
    const file = {
      ...this.#revisionFile(draft, bodyText, reason, now),
      ...(by === null ? {} : { by }),
    };
    await this.#revisions.write(folder, file);
    this.#lastRevision.set(draft.id, {
      at: now.getTime(),
      words: file.words,
      characters: file.characters,
    });
    await this.#revisions.prune(folder, now, this.#retention);
    return revisionInfo(toRevision(file, previous ?? { words: 0, characters: 0 }));
  }

  #revisionFile(
    draft: Draft,
    bodyText: string,
    reason: RevisionFile['reason'],
    at: Date,
  ): RevisionFile {
    return {
      format: 'midad.revision',
      schemaVersion: 1,
      id: newRevisionId(at),
      draftId: draft.id,
      createdAt: at.toISOString(),
      reason,
      status: draft.workflow.status,
      words: countWords(bodyText),
      characters: countCharacters(bodyText),
      meta: draft.meta,
      body: draft.body,
      review: draft.review,
    };
  }

  async #newestRevision(draftId: string): Promise<RevisionMark | null> {
    if (this.#lastRevision.has(draftId)) return this.#lastRevision.get(draftId) ?? null;
    const folder = this.#paths.draftFolder(draftId);
    const ids = await this.#revisions.ids(folder);
    let mark: RevisionMark | null = null;
    for (const id of ids.reverse()) {
      const file = await this.#revisions.read(folder, draftId, id);
      if (file) {
        mark = { at: revisionTime(id), words: file.words, characters: file.characters };
        break;
      }
    }
    this.#lastRevision.set(draftId, mark);
    return mark;
  }

  /** A new draft folder appears whole or not at all: assembled aside, then renamed into place. */
  async #addDraftFolder(
    draft: Draft,
    revisions: RevisionFile[],
    media: MediaFile[] = [],
  ): Promise<void> {
    const staging = this.#paths.stagingFolder(draft.id);
    await asStorageWrite(async () => {
      try {
        await this.#fs.mkdir(revisionsFolder(staging));
        await this.#store.write(staging, draft);
        for (const revision of revisions) await this.#revisions.write(staging, revision);
        for (const file of media) await this.#media.write(staging, file);
        await this.#fs.rename(staging, this.#paths.draftFolder(draft.id));
        await syncFolder(this.#paths.drafts, this.#fs);
      } catch (error) {
        await this.#fs.rm(staging).catch(() => undefined);
        throw error;
      }
    });
    await this.#remember(draft);
  }

  /** Runs a write of `draftId` with its crash marker set, reporting failures as storage errors. */
  async #write<T>(draftId: string, write: () => Promise<T>): Promise<T> {
    return asStorageWrite(async () => {
      await this.#index.beginWrite(draftId);
      try {
        return await write();
      } finally {
        this.#index.endWrite(draftId);
      }
    });
  }

  async #readExisting(draftId: string): Promise<Draft> {
    this.#require(draftId);
    const draft = await this.#store.read(this.#paths.draftFolder(draftId), draftId);
    if (!draft) {
      this.#entries.delete(draftId);
      throw new ServiceError('storage.corrupt_file');
    }
    this.#remotes.set(draftId, draft.remote);
    return draft;
  }

  async #remoteOf(draftId: string): Promise<DraftRemote | null> {
    if (!this.#remotes.has(draftId)) await this.#readExisting(draftId);
    return this.#remotes.get(draftId) ?? null;
  }

  #require(draftId: string): DraftSummary {
    const entry = this.#entries.get(draftId);
    if (!entry) throw new ServiceError('drafts.not_found');
    return entry.summary;
  }

  #unchanged(draft: Draft): DraftSaveResult {
    return {
      id: draft.id,
      updatedAt: draft.updatedAt,
      words: this.#require(draft.id).words,
      revision: null,
    };
  }

  async #textOf(draftId: string, ref: string): Promise<string> {
    if (ref === 'current') return lexicalToPlainText((await this.open(draftId)).body);
    await this.#admit(draftId);
    this.#require(draftId);
    const revision = await this.#revisions.read(this.#paths.draftFolder(draftId), draftId, ref);
    if (!revision) throw new ServiceError('drafts.revision_not_found');
    return lexicalToPlainText(revision.body);
  }

  /**
   * Checks, after the list is shown, that each cached summary still matches its file: a
   * file changed or damaged by hand is read again (and quarantined if it must be).
   */
  async #verifyCached(ids: string[]): Promise<void> {
    await forEachLimited(ids, READ_CONCURRENCY, async (id) => {
      const cachedStamp = this.#entries.get(id)?.stamp;
      const stamp = await this.#stampOf(id);
      if (
        stamp &&
        cachedStamp &&
        stamp.size === cachedStamp.size &&
        stamp.mtimeMs === cachedStamp.mtimeMs
      )
        return;
      await this.#queue.run(id, async () => {
        if (!this.#entries.has(id)) return;
        const draft = await this.#store.read(this.#paths.draftFolder(id), id);
        // Changed on disk by hand since the list was cached: shown as it is now.
        if (draft) {
          await this.#remember(draft);
          this.#onDraftChanged(id, 'saved');
        } else this.#entries.delete(id);
      });
    });
  }

  async #stampOf(draftId: string): Promise<FileStamp | null> {
    try {
      const { size, mtimeMs } = await this.#fs.stat(draftFile(this.#paths.draftFolder(draftId)));
      return { size, mtimeMs };
    } catch {
      return null;
    }
  }

  #scheduleListCache(): void {
    if (this.#listCacheTimer) return;
    this.#listCacheTimer = setTimeout(() => void this.#saveListCache(), this.#listCacheDelayMs);
    this.#listCacheTimer.unref();
  }

  async #saveListCache(): Promise<void> {
    if (this.#listCacheTimer) clearTimeout(this.#listCacheTimer);
    this.#listCacheTimer = null;
    // A cache that cannot be written is rebuilt at the next start; the drafts are what count.
    await this.#index.save(this.#entries.values()).catch(() => undefined);
  }
}

function emptyContent(): DraftContent {
  return {
    meta: {
      headline: '',
      kicker: '',
      section: '',
      byline: '',
      excerpt: '',
      tags: [],
      language: 'ar',
      direction: 'rtl',
    },
    body: {
      root: {
        type: 'root',
        direction: 'rtl',
        format: '',
        indent: 0,
        version: 1,
        // No direction on the paragraph: it takes the root's, as the editor's own empty article does.
        children: [
          { type: 'paragraph', direction: null, format: '', indent: 0, version: 1, children: [] },
        ],
      },
    },
  };
}

async function forEachLimited<T>(
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

/**
 * A change of stage is not a change of text: a post that had the draft's text as it stood
 * (sent as of its `updatedAt`) still has it after the stage moves, so it is not reported as
 * "changed since sent".
 */
function inSyncAfterStageChange(current: Draft, updatedAt: string): DraftRemote | null {
  if (!current.remote) return null;
  const carried = Object.entries(current.remote).map(([siteId, post]) => [
    siteId,
    post.sentUpdatedAt === current.updatedAt ? { ...post, sentUpdatedAt: updatedAt } : post,
  ]);
  return Object.fromEntries(carried) as DraftRemote;
}
