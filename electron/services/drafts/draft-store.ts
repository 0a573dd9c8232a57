// Reads and writes the draft.json of one draft folder. Reading is where recovery happens:
// leftover temp files go, an unreadable draft.json (draft-text.ts says which is) is
// quarantined and the draft is rebuilt from its newest readable revision, an older version is
// migrated and written back.
import path from 'node:path';
import type { Draft } from '../../contract/index.ts';
import { isTempFileName, writeFileAtomic } from '../files/atomic-write.ts';
import { isMissingFileError, type FileSystem } from '../files/file-system.ts';
import { serialize, type DraftFile } from './file-formats.ts';
import { revisionTime } from './ids.ts';
import { draftOfText } from './draft-text.ts';
import { draftFile } from './library-paths.ts';
import type { Quarantine } from './quarantine.ts';
import type { RevisionStore } from './revision-store.ts';

export class DraftStore {
  readonly #fs: FileSystem;
  readonly #quarantine: Quarantine;
  readonly #revisions: RevisionStore;
  readonly #now: () => Date;

  constructor(fs: FileSystem, quarantine: Quarantine, revisions: RevisionStore, now: () => Date) {
    this.#fs = fs;
    this.#quarantine = quarantine;
    this.#revisions = revisions;
    this.#now = now;
  }

  async write(folder: string, draft: Draft): Promise<void> {
    const file: DraftFile = { format: 'midad.draft', schemaVersion: 1, ...draft };
    await writeFileAtomic(draftFile(folder), serialize(file), this.#fs);
  }

  /**
   * The draft in `folder`, or null when there is none to be had (the problem is recorded).
   * Never throws for a damaged file: a damaged file must not keep the library from opening.
   */
  async read(folder: string, draftId: string): Promise<Draft | null> {
    const filePath = draftFile(folder);
    let text: string;
    try {
      text = await this.#fs.readFile(filePath);
    } catch (error) {
      if (isMissingFileError(error)) return this.#recover(folder, draftId, 'missing', null);
      this.#quarantine.record({
        draftId,
        kind: 'draft_unreadable',
        reason: 'read_failed',
        originalPath: filePath,
      });
      return null;
    }
    const outcome = draftOfText(text, draftId);
    if (outcome.ok) {
      if (outcome.migrated) await this.write(folder, outcome.draft);
      return outcome.draft;
    }
    const { reason } = outcome;
    const problem = await this.#quarantine.isolate(filePath, {
      draftId,
      kind: 'draft_unreadable',
      reason,
    });
    return this.#recover(folder, draftId, reason, problem);
  }

  /** Removes temp files a crash left behind; the files they were meant to replace are whole. */
  async removeLeftovers(folder: string): Promise<void> {
    let names: string[];
    try {
      names = await this.#fs.readdir(folder);
    } catch (error) {
      if (isMissingFileError(error)) return;
      throw error;
    }
    for (const name of names.filter(isTempFileName)) await this.#fs.rm(path.join(folder, name));
    await this.#revisions.removeLeftovers(folder);
  }

  /** Rebuilds draft.json from the newest readable revision, if there is one. */
  async #recover(
    folder: string,
    draftId: string,
    reason: 'missing' | 'not_json' | 'wrong_schema' | 'future_version',
    problem: { recoveredFromRevision: string | null } | null,
  ): Promise<Draft | null> {
    const ids = await this.#revisions.ids(folder);
    for (const revisionId of [...ids].reverse()) {
      const revision = await this.#revisions.read(folder, draftId, revisionId);
      if (!revision) continue;
      const oldest = new Date(revisionTime(ids[0])).toISOString();
      const draft: Draft = {
        id: draftId,
        createdAt: oldest,
        updatedAt: this.#now().toISOString(),
        workflow: { status: revision.status },
        meta: revision.meta,
        body: revision.body,
        review: revision.review ?? { comments: [] },
        remote: null,
      };
      await this.write(folder, draft);
      const recorded =
        problem ??
        this.#quarantine.record({
          draftId,
          kind: 'draft_missing',
          reason,
          originalPath: draftFile(folder),
        });
      recorded.recoveredFromRevision = revisionId;
      return draft;
    }
    if (!problem)
      this.#quarantine.record({
        draftId,
        kind: 'draft_missing',
        reason,
        originalPath: draftFile(folder),
      });
    return null;
  }
}
