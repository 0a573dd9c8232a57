// The local draft library (docs/architecture.md, "Storage"): one folder per draft with its revisions,
// a trash, a quarantine, and two caches (the list and the search index) that can always be
// rebuilt from the drafts. Every write of a draft goes through that draft's queue, so saves
// land one at a time and in order. Plain Node; its data folder and file system are given.
//
// Contents, in order: opening (open, #load) · the list (list, reading, problems) · one draft
// (create, open, save, setStatus, setWorkflow, setRemote, duplicate) · images · trash ·
// revisions (restoreRevision, keepUnknownAsText, replaceContent, compareRevisions) · search
// · hand-over (export, import) · caches and shutdown · internals (#run, #commit, #write).
// Collaborators: the list and how a start reads it (library-list.ts), the history
// (draft-revisions.ts), one draft's file (draft-store.ts), images (media/media-store.ts),
// the trash (trash-bin.ts), search (search/draft-search.ts).
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
import { compareWords } from '../../../common/arabic/word-comparison.ts';
import { asStorageWrite } from '../files/storage-error.ts';
import { ServiceError } from '../service-error.ts';
import { requireArticleBody } from './document-boundary.ts';
import { emptyContent } from './empty-draft.ts';
import { newDraftId } from './ids.ts';
import type { MediaEntry, MediaFile, MediaUpload } from './media/media-store.ts';
import { LibraryCore } from './library-core.ts';
import { exportDraft, exportHtml, importDraft } from './library-handover.ts';
import { keepUnknownAsText, replaceContent, restoreRevision } from './library-history.ts';
import type { DraftLibraryOptions } from './library-options.ts';

export type { DraftChange, DraftLibraryOptions } from './library-options.ts';

export class DraftLibrary {
  readonly #core: LibraryCore;

  // The one way in is DraftLibrary.open, which reads the folder before answering.
  private constructor(options: DraftLibraryOptions) {
    this.#core = new LibraryCore(options);
  }

  /** Opens the library in `dataDir`, recovering from whatever a crash left behind. */
  static async open(options: DraftLibraryOptions): Promise<DraftLibrary> {
    const library = new DraftLibrary(options);
    await library.#core.load();
    return library;
  }

  // ---- the list ----

  /** Drafts by last change, newest first. */
  list(): DraftSummary[] {
    return this.#core.list.list();
  }

  /** How far this start has read the drafts; the list and search answer from what is read so far. */
  reading(): LibraryReading {
    return this.#core.list.reading();
  }

  /** Resolves once every draft is in the list (at once unless a first start reads them in the background). */
  listRead(): Promise<void> {
    return this.#core.list.listRead();
  }

  /** Resolves once the newest drafts are read (at once unless a first start reads them in the background). */
  newestRead(): Promise<void> {
    return this.#core.list.newestRead();
  }

  /** What could not be read, once every draft has been read and checked. */
  async problems(): Promise<LibraryProblem[]> {
    await this.#core.list.settled();
    return this.#core.quarantine.problems();
  }

  // ---- one draft ----

  async create(content: DraftContent = emptyContent()): Promise<Draft> {
    requireArticleBody(content.body);
    const now = this.#core.now().toISOString();
    const draft: Draft = {
      id: newDraftId(),
      createdAt: now,
      updatedAt: now,
      workflow: { status: 'draft' },
      ...content,
      review: content.review ?? { comments: [] },
      remote: null,
    };
    await this.#core.addDraftFolder(draft, []);
    this.#core.onDraftChanged(draft.id, 'created');
    return draft;
  }

  async open(draftId: string): Promise<Draft> {
    return this.#core.run(draftId, () => this.#core.readExisting(draftId));
  }

  /** Writes the draft; every few minutes of editing the save also keeps a revision. */
  async save(draftId: string, content: DraftContent): Promise<DraftSaveResult> {
    // Checked before the queue: a refused body writes nothing, not even a revision.
    requireArticleBody(content.body);
    return this.#core.run(draftId, async () => {
      const summary = this.#core.list.require(draftId);
      const now = this.#core.now();
      const due = await this.#core.revisions.dueAt(draftId, now);
      const draft: Draft = {
        id: draftId,
        createdAt: summary.createdAt,
        updatedAt: now.toISOString(),
        workflow: { status: summary.status },
        meta: content.meta,
        body: content.body,
        review: content.review ?? (await this.#core.readExisting(draftId)).review,
        remote: await this.#core.remoteOf(draftId),
      };
      const result = await this.#core.write(draftId, () =>
        this.#core.commit(draft, due ? 'interval' : null),
      );
      this.#core.onDraftChanged(draftId, 'saved');
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
    return this.#core.run(draftId, async () => {
      const current = await this.#core.readExisting(draftId);
      const changed = change(current.workflow);
      const workflow: DraftWorkflow =
        changed.status === 'sent_to_desk' && changed.withDesk
          ? changed
          : { status: changed.status };
      if (JSON.stringify(workflow) === JSON.stringify(current.workflow))
        return this.#core.unchanged(current);
      const updatedAt = this.#core.now().toISOString();
      const draft = {
        ...current,
        workflow,
        updatedAt,
        remote: inSyncAfterStageChange(current, updatedAt),
      };
      const reason = workflow.status === current.workflow.status ? null : 'status_change';
      const result = await this.#core.write(draftId, () => this.#core.commit(draft, reason, by));
      this.#core.remotes.set(draftId, draft.remote);
      this.#core.onDraftChanged(draftId, 'workflow');
      return result;
    });
  }

  /**
   * Records the post this draft became on a site (null forgets it), as the outbox learns
   * it. The text, `updatedAt` and the revisions are left as they are.
   */
  async setRemote(draftId: string, siteId: string, post: RemotePost | null): Promise<Draft> {
    return this.#core.run(draftId, async () => {
      const current = await this.#core.readExisting(draftId);
      const others = Object.entries(current.remote ?? {}).filter(([site]) => site !== siteId);
      const entries = post ? [...others, [siteId, post] as const] : others;
      const draft: Draft = {
        ...current,
        remote: entries.length > 0 ? Object.fromEntries(entries) : null,
      };
      await this.#core.write(draftId, async () => {
        await this.#core.store.write(this.#core.paths.draftFolder(draftId), draft);
        // The summary says where the story stands (sent, published): it follows the posts.
        await this.#core.list.rememberSync(draft);
      });
      this.#core.remotes.set(draftId, draft.remote);
      this.#core.onDraftChanged(draftId, 'remote');
      return draft;
    });
  }

  /** A new draft with the same text and its own copy of the images. */
  async duplicate(draftId: string): Promise<Draft> {
    const [source, media] = await this.#core.run(draftId, async () => {
      const draft = await this.#core.readExisting(draftId);
      return [
        draft,
        await this.#core.media.readAll(this.#core.paths.draftFolder(draftId)),
      ] as const;
    });
    const now = this.#core.now().toISOString();
    const copy: Draft = {
      ...source,
      id: newDraftId(),
      createdAt: now,
      updatedAt: now,
      workflow: { status: 'draft' },
      remote: null,
    };
    await this.#core.addDraftFolder(copy, [], media);
    this.#core.onDraftChanged(copy.id, 'created');
    return copy;
  }

  // ---- images ----

  /**
   * Keeps an image in the draft's folder, once per content: media.unsupported_type unless
   * its bytes are JPEG, PNG, GIF or WebP, media.too_large past MAX_MEDIA_BYTES.
   */
  async addMedia(draftId: string, upload: MediaUpload): Promise<MediaInfo> {
    return this.#core.run(draftId, async () => {
      this.#core.list.require(draftId);
      return asStorageWrite(() =>
        this.#core.media.add(this.#core.paths.draftFolder(draftId), upload),
      );
    });
  }

  /** The draft's images with the path of each file: what publishing uploads. */
  async listMedia(draftId: string): Promise<MediaEntry[]> {
    await this.#core.list.admit(draftId);
    this.#core.list.require(draftId);
    return this.#core.media.list(this.#core.paths.draftFolder(draftId));
  }

  /** One image's bytes and description; media.not_found when the draft has no such image. */
  async readMedia(draftId: string, hash: string): Promise<MediaFile> {
    await this.#core.list.admit(draftId);
    this.#core.list.require(draftId);
    const file = await this.#core.media.read(this.#core.paths.draftFolder(draftId), hash);
    if (!file) throw new ServiceError('media.not_found');
    return file;
  }

  // ---- trash ----

  async trash(draftId: string): Promise<void> {
    await this.#core.run(draftId, async () => {
      this.#core.list.require(draftId);
      await this.#core.write(draftId, () => this.#core.trash.moveIn(draftId));
      this.#core.list.remove(draftId);
      this.#core.revisions.forget(draftId);
      this.#core.remotes.delete(draftId);
      this.#core.list.search.remove(draftId);
    });
    this.#core.onDraftChanged(draftId, 'trashed');
  }

  async restore(draftId: string): Promise<DraftSummary> {
    return this.#core.run(draftId, async () => {
      if (this.#core.list.has(draftId)) throw new ServiceError('drafts.already_exists');
      const folder = await this.#core.write(draftId, () => this.#core.trash.moveOut(draftId));
      const draft = await this.#core.store.read(folder, draftId);
      if (!draft) throw new ServiceError('storage.corrupt_file');
      const summary = await this.#core.list.remember(draft);
      this.#core.onDraftChanged(draftId, 'restored');
      return summary;
    });
  }

  async listTrash(): Promise<TrashedDraftSummary[]> {
    return this.#core.trash.list((folder, draftId) => this.#core.store.read(folder, draftId));
  }

  async deleteFromTrash(draftId: string): Promise<void> {
    await asStorageWrite(() => this.#core.trash.delete(draftId));
  }

  async emptyTrash(): Promise<{ deleted: number }> {
    return { deleted: await asStorageWrite(() => this.#core.trash.empty()) };
  }

  // ---- revisions ----

  /** The history, newest first. */
  async listRevisions(draftId: string): Promise<RevisionInfo[]> {
    await this.#core.list.admit(draftId);
    this.#core.list.require(draftId);
    return this.#core.revisions.list(draftId);
  }

  async getRevision(draftId: string, revisionId: string): Promise<Revision> {
    await this.#core.list.admit(draftId);
    this.#core.list.require(draftId);
    return this.#core.revisions.get(draftId, revisionId);
  }

  /** Puts an old revision back; the text it replaces is kept as a revision first, so this can be undone. */
  async restoreRevision(draftId: string, revisionId: string): Promise<DraftSaveResult> {
    return restoreRevision(this.#core, draftId, revisionId);
  }

  /** Makes a draft with node types Midad does not know editable (library-history.ts). */
  async keepUnknownAsText(draftId: string): Promise<DraftSaveResult> {
    return keepUnknownAsText(this.#core, draftId);
  }

  /** Puts another version of the text in place, the replaced one kept as a revision first. */
  async replaceContent(draftId: string, content: DraftContent): Promise<DraftSaveResult> {
    return replaceContent(this.#core, draftId, content);
  }

  /** A word-level diff of two revisions ('current' is the draft as it is now). */
  async compareRevisions(
    draftId: string,
    before: string,
    after: string,
  ): Promise<RevisionComparison> {
    const [beforeText, afterText] = await Promise.all([
      this.#core.textOf(draftId, before),
      this.#core.textOf(draftId, after),
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
    const { results, searched } = await this.#core.list.search.search(query, options.limit ?? 20);
    return { results, reading: { ...reading, searchable: Math.min(searched, reading.total) } };
  }

  // ---- hand-over ----

  /** The draft as a .midad file, with its history if asked. */
  async exportDraft(
    draftId: string,
    options: { includeRevisions?: boolean } = {},
  ): Promise<string> {
    return exportDraft(this.#core, draftId, options);
  }

  async exportHtml(draftId: string): Promise<string> {
    return exportHtml(this.#core, draftId);
  }

  /** Takes in a .midad file; a draft with the same id becomes a copy with a new id. */
  async importDraft(content: string): Promise<ImportResult> {
    return importDraft(this.#core, content);
  }

  // ---- caches and shutdown ----

  /** Writes both caches now (they are otherwise written a little after changes). */
  async flush(): Promise<void> {
    await this.#core.list.settled();
    await this.#core.queue.idle();
    await this.#core.list.saveListCache();
    await this.#core.list.search.flush();
  }

  async close(): Promise<void> {
    this.#core.list.close();
    await this.flush();
  }
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
