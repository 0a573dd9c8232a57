// The trash: draft folders moved whole out of drafts/ into trash/ (one rename, so a draft
// is never half in each), with a note of when. Restoring is the rename back.
import { draftIdSchema, type Draft, type TrashedDraftSummary } from '../../contract/index.ts';
import { syncFolder, writeFileAtomic } from '../files/atomic-write.ts';
import { isMissingFileError, type FileSystem } from '../files/file-system.ts';
import { ServiceError } from '../service-error.ts';
import { summarizeDraft } from './draft-summary.ts';
import { serialize, trashNoteSchema } from './file-formats.ts';
import { trashNoteFile, type LibraryPaths } from './library-paths.ts';
import { readVersionedText } from './migrations.ts';

export class TrashBin {
  readonly #paths: LibraryPaths;
  readonly #fs: FileSystem;
  readonly #now: () => Date;

  constructor(paths: LibraryPaths, fs: FileSystem, now: () => Date) {
    this.#paths = paths;
    this.#fs = fs;
    this.#now = now;
  }

  async has(draftId: string): Promise<boolean> {
    return folderExists(this.#fs, this.#paths.draftFolder(draftId, 'trash'));
  }

  async moveIn(draftId: string): Promise<void> {
    const to = this.#paths.draftFolder(draftId, 'trash');
    if (await this.has(draftId)) throw new ServiceError('drafts.already_exists');
    await this.#fs.rename(this.#paths.draftFolder(draftId), to);
    await syncFolder(this.#paths.drafts, this.#fs);
    await syncFolder(this.#paths.trash, this.#fs);
    // Only a date for the list: without it the draft's own last change stands in.
    const note = {
      format: 'midad.trash-note',
      schemaVersion: 1,
      trashedAt: this.#now().toISOString(),
    };
    await writeFileAtomic(trashNoteFile(to), serialize(note), this.#fs).catch(() => undefined);
  }

  /** Moves the draft back into drafts/ and answers its folder there. */
  async moveOut(draftId: string): Promise<string> {
    if (!(await this.has(draftId))) throw new ServiceError('drafts.not_found');
    const to = this.#paths.draftFolder(draftId);
    await this.#fs.rename(this.#paths.draftFolder(draftId, 'trash'), to);
    await syncFolder(this.#paths.trash, this.#fs);
    await syncFolder(this.#paths.drafts, this.#fs);
    await this.#fs.rm(trashNoteFile(to));
    return to;
  }

  /** What is in the trash, last trashed first; `read` recovers or quarantines like any draft read. */
  async list(
    read: (folder: string, draftId: string) => Promise<Draft | null>,
  ): Promise<TrashedDraftSummary[]> {
    const trashed: TrashedDraftSummary[] = [];
    for (const draftId of await draftIdsIn(this.#fs, this.#paths.trash)) {
      const folder = this.#paths.draftFolder(draftId, 'trash');
      const draft = await read(folder, draftId);
      if (!draft) continue;
      trashed.push({
        ...summarizeDraft(draft),
        trashedAt: (await this.#trashedAt(folder)) ?? draft.updatedAt,
      });
    }
    return trashed.sort((a, b) => b.trashedAt.localeCompare(a.trashedAt));
  }

  async delete(draftId: string): Promise<void> {
    if (!(await this.has(draftId))) throw new ServiceError('drafts.not_found');
    await this.#fs.rm(this.#paths.draftFolder(draftId, 'trash'));
  }

  async empty(): Promise<number> {
    const ids = await draftIdsIn(this.#fs, this.#paths.trash);
    for (const draftId of ids) await this.#fs.rm(this.#paths.draftFolder(draftId, 'trash'));
    return ids.length;
  }

  async #trashedAt(folder: string): Promise<string | null> {
    try {
      const outcome = readVersionedText(
        await this.#fs.readFile(trashNoteFile(folder)),
        'midad.trash-note',
        trashNoteSchema,
      );
      return outcome.ok ? outcome.value.trashedAt : null;
    } catch {
      return null;
    }
  }
}

/** Names in `folder` that are draft ids (not temp files, staging folders or current.json). */
export async function draftIdsIn(fs: FileSystem, folder: string): Promise<string[]> {
  const names = await fs.readdir(folder);
  return names.filter((name) => draftIdSchema.safeParse(name).success);
}

export async function folderExists(fs: FileSystem, target: string): Promise<boolean> {
  try {
    await fs.stat(target);
    return true;
  } catch (error) {
    if (isMissingFileError(error)) return false;
    throw error;
  }
}
