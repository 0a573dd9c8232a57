// A draft's history as the library keeps it: the revision a save makes every few minutes
// of editing, the one kept before the text is replaced (a restore, the site's version,
// unknown nodes made text), the one a status change makes with who made it; pruned by the
// retention policy after each. Remembers each draft's newest revision, learnt once a
// session, so a save knows without reading the folder whether one is due.
import type { Draft, Revision, RevisionInfo } from '../../contract/index.ts';
import { countCharacters, countWords } from '../../../common/arabic/word-count.ts';
import { lexicalToPlainText } from '../../../common/document/plain-text.ts';
import { ServiceError } from '../service-error.ts';
import type { RevisionFile } from './file-formats.ts';
import { newRevisionId, revisionTime } from './ids.ts';
import type { LibraryPaths } from './library-paths.ts';
import { DEFAULT_RETENTION, type RetentionPolicy } from './revision-retention.ts';
import { revisionInfo, toRevision, type RevisionStore } from './revision-store.ts';

const FIVE_MINUTES = 5 * 60 * 1000;

/** The newest revision of a draft: when, and its counts (what the next one is compared with). */
type RevisionMark = { at: number; words: number; characters: number };

export interface DraftRevisionsOptions {
  paths: LibraryPaths;
  store: RevisionStore;
  now: () => Date;
  /** Editing time after which a save also keeps a revision (docs/architecture.md: every few minutes). */
  intervalMs?: number;
  retention?: RetentionPolicy;
}

export class DraftRevisions {
  readonly #paths: LibraryPaths;
  readonly #store: RevisionStore;
  readonly #now: () => Date;
  readonly #intervalMs: number;
  readonly #retention: RetentionPolicy;
  /** The newest revision of each draft, learnt on its first save in this session. */
  readonly #newest = new Map<string, RevisionMark | null>();

  constructor(options: DraftRevisionsOptions) {
    this.#paths = options.paths;
    this.#store = options.store;
    this.#now = options.now;
    this.#intervalMs = options.intervalMs ?? FIVE_MINUTES;
    this.#retention = options.retention ?? DEFAULT_RETENTION;
  }

  /** Whether a save at `now` also keeps a revision: none yet, or the newest is old enough. */
  async dueAt(draftId: string, now: Date): Promise<boolean> {
    const last = await this.#newestMark(draftId);
    return !last || now.getTime() - last.at >= this.#intervalMs;
  }

  /** Keeps the draft as a revision (in the draft's folder), then prunes by the retention policy. */
  async keep(
    draft: Draft,
    bodyText: string,
    reason: RevisionFile['reason'],
    by: string | null,
  ): Promise<RevisionInfo> {
    const now = this.#now();
    const folder = this.#paths.draftFolder(draft.id);
    const previous = await this.#newestMark(draft.id);
    const file = {
      ...revisionFileOf(draft, bodyText, reason, now),
      ...(by === null ? {} : { by }),
    };
    await this.#store.write(folder, file);
    this.#newest.set(draft.id, {
      at: now.getTime(),
      words: file.words,
      characters: file.characters,
    });
    await this.#store.prune(folder, now, this.#retention);
    return revisionInfo(toRevision(file, previous ?? { words: 0, characters: 0 }));
  }

  /** The history, newest first. */
  async list(draftId: string): Promise<RevisionInfo[]> {
    const revisions = await this.#store.list(this.#paths.draftFolder(draftId), draftId);
    return revisions.map(revisionInfo).reverse();
  }

  async get(draftId: string, revisionId: string): Promise<Revision> {
    const revisions = await this.#store.list(this.#paths.draftFolder(draftId), draftId);
    const revision = revisions.find((candidate) => candidate.id === revisionId);
    if (!revision) throw new ServiceError('drafts.revision_not_found');
    return revision;
  }

  /** One revision file; drafts.revision_not_found when it is missing or unreadable. */
  async file(draftId: string, revisionId: string): Promise<RevisionFile> {
    const file = await this.#store.read(this.#paths.draftFolder(draftId), draftId, revisionId);
    if (!file) throw new ServiceError('drafts.revision_not_found');
    return file;
  }

  /** The revision's text, for a comparison. */
  async text(draftId: string, revisionId: string): Promise<string> {
    return lexicalToPlainText((await this.file(draftId, revisionId)).body);
  }

  /** Every readable revision file, oldest first: what an export with its history carries. */
  async files(draftId: string): Promise<RevisionFile[]> {
    const folder = this.#paths.draftFolder(draftId);
    const files: RevisionFile[] = [];
    for (const id of await this.#store.ids(folder)) {
      const file = await this.#store.read(folder, draftId, id);
      if (file) files.push(file);
    }
    return files;
  }

  /** The draft left the library (trashed): its newest revision is learnt again if it comes back. */
  forget(draftId: string): void {
    this.#newest.delete(draftId);
  }

  async #newestMark(draftId: string): Promise<RevisionMark | null> {
    if (this.#newest.has(draftId)) return this.#newest.get(draftId) ?? null;
    const folder = this.#paths.draftFolder(draftId);
    const ids = await this.#store.ids(folder);
    let mark: RevisionMark | null = null;
    for (const id of ids.reverse()) {
      const file = await this.#store.read(folder, draftId, id);
      if (file) {
        mark = { at: revisionTime(id), words: file.words, characters: file.characters };
        break;
      }
    }
    this.#newest.set(draftId, mark);
    return mark;
  }
}

/** The draft as a revision file made at `at`, its counts from `bodyText`. */
export function revisionFileOf(
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
