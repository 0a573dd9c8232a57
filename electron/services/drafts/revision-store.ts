// The revisions of one draft folder: one file each under revisions/, named by time, so a
// listing is the history in order without opening a file.
import path from 'node:path';
import { revisionInfoSchema, type Revision, type RevisionInfo } from '../../contract/index.ts';
import { isTempFileName, writeFileAtomic } from '../files/atomic-write.ts';
import { isMissingFileError, type FileSystem } from '../files/file-system.ts';
import { isPastArticleLimits } from './document-boundary.ts';
import { revisionFileSchema, serialize, type RevisionFile } from './file-formats.ts';
import { revisionTime } from './ids.ts';
import { revisionFile, revisionsFolder } from './library-paths.ts';
import { readVersionedText } from './migrations.ts';
import type { Quarantine } from './quarantine.ts';
import { revisionsToPrune, type RetentionPolicy } from './revision-retention.ts';

export class RevisionStore {
  readonly #fs: FileSystem;
  readonly #quarantine: Quarantine;

  constructor(fs: FileSystem, quarantine: Quarantine) {
    this.#fs = fs;
    this.#quarantine = quarantine;
  }

  /** Revision ids, oldest first. */
  async ids(draftFolder: string): Promise<string[]> {
    let names: string[];
    try {
      names = await this.#fs.readdir(revisionsFolder(draftFolder));
    } catch (error) {
      if (isMissingFileError(error)) return [];
      throw error;
    }
    return names
      .filter((name) => name.endsWith('.json') && !isTempFileName(name))
      .map((name) => name.slice(0, -'.json'.length))
      .sort();
  }

  /** A revision file, or null when it is missing or unreadable (then quarantined and reported). */
  async read(
    draftFolder: string,
    draftId: string,
    revisionId: string,
  ): Promise<RevisionFile | null> {
    const filePath = revisionFile(draftFolder, revisionId);
    let text: string;
    try {
      text = await this.#fs.readFile(filePath);
    } catch (error) {
      if (isMissingFileError(error)) return null;
      this.#quarantine.record({
        draftId,
        kind: 'revision_unreadable',
        reason: 'read_failed',
        originalPath: filePath,
      });
      return null;
    }
    const outcome = readVersionedText(text, 'midad.revision', revisionFileSchema);
    // A body past the article's limits was not written by Midad: damaged, like a file that does not parse.
    if (
      outcome.ok &&
      outcome.value.id === revisionId &&
      outcome.value.draftId === draftId &&
      !isPastArticleLimits(outcome.value.body)
    )
      return outcome.value;
    const reason = outcome.ok ? 'wrong_schema' : outcome.reason;
    await this.#quarantine.isolate(filePath, { draftId, kind: 'revision_unreadable', reason });
    return null;
  }

  /** Every readable revision, oldest first, with its change against the one before. */
  async list(draftFolder: string, draftId: string): Promise<Revision[]> {
    const revisions: Revision[] = [];
    let previous = { words: 0, characters: 0 };
    for (const id of await this.ids(draftFolder)) {
      const file = await this.read(draftFolder, draftId, id);
      if (!file) continue;
      revisions.push(toRevision(file, previous));
      previous = file;
    }
    return revisions;
  }

  async write(draftFolder: string, file: RevisionFile): Promise<void> {
    await this.#fs.mkdir(revisionsFolder(draftFolder));
    await writeFileAtomic(revisionFile(draftFolder, file.id), serialize(file), this.#fs);
  }

  /** Deletes what the retention policy lets go; returns how many. */
  async prune(draftFolder: string, now: Date, policy: RetentionPolicy): Promise<number> {
    const ids = await this.ids(draftFolder);
    const doomed = revisionsToPrune(
      ids.map((id) => ({ id, createdAt: revisionTime(id) })),
      now.getTime(),
      policy,
    );
    for (const id of doomed) await this.#fs.rm(revisionFile(draftFolder, id));
    return doomed.length;
  }

  /** Removes temp files a crash left in revisions/ (the revision files themselves are whole). */
  async removeLeftovers(draftFolder: string): Promise<void> {
    let names: string[];
    try {
      names = await this.#fs.readdir(revisionsFolder(draftFolder));
    } catch (error) {
      if (isMissingFileError(error)) return;
      throw error;
    }
    for (const name of names.filter(isTempFileName))
      await this.#fs.rm(path.join(revisionsFolder(draftFolder), name));
  }
}

export function toRevision(
  file: RevisionFile,
  previous: { words: number; characters: number },
): Revision {
  return {
    id: file.id,
    draftId: file.draftId,
    createdAt: file.createdAt,
    reason: file.reason,
    status: file.status,
    ...(file.by === undefined ? {} : { by: file.by }),
    words: file.words,
    characters: file.characters,
    wordsDelta: file.words - previous.words,
    charactersDelta: file.characters - previous.characters,
    meta: file.meta,
    body: file.body,
    ...(file.review === undefined ? {} : { review: file.review }),
  };
}

export function revisionInfo(revision: Revision): RevisionInfo {
  return revisionInfoSchema.parse(revision);
}
