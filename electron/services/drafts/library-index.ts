// The library list as a cache file, so opening 10,000 drafts does not read 10,000 files.
// It can always be rebuilt from the drafts. A draft written since the cache was last
// saved has a marker file in library-cache/touched/, made durable before its first write, so a
// crash can leave the cache stale only for drafts that the next start re-reads anyway.
import path from 'node:path';
import { syncFolder, writeFileAtomic } from '../files/atomic-write.ts';
import { isMissingFileError, type FileSystem } from '../files/file-system.ts';
import {
  LIBRARY_SUMMARY_VERSION,
  libraryIndexSchema,
  serialize,
  type LibraryIndexEntry,
} from './file-formats.ts';
import type { LibraryPaths } from './library-paths.ts';
import { readVersionedText } from './migrations.ts';

export class LibraryIndex {
  readonly #paths: LibraryPaths;
  readonly #fs: FileSystem;
  /** Drafts with a marker on disk. */
  readonly #marked = new Set<string>();
  /** Drafts whose write has not finished: their marker must stay through any save. */
  readonly #writing = new Map<string, number>();
  /** Finished writes per draft, to tell whether one finished while the cache was being saved. */
  readonly #finished = new Map<string, number>();

  constructor(paths: LibraryPaths, fs: FileSystem) {
    this.#paths = paths;
    this.#fs = fs;
  }

  /** The cached entries by draft id, or null when the cache is missing or unreadable. */
  async load(): Promise<Map<string, LibraryIndexEntry> | null> {
    let text: string;
    try {
      text = await this.#fs.readFile(this.#paths.libraryIndex);
    } catch {
      return null;
    }
    const outcome = readVersionedText(text, 'midad.library-index', libraryIndexSchema);
    return outcome.ok
      ? new Map(outcome.value.drafts.map((entry) => [entry.summary.id, entry]))
      : null;
  }

  /** Drafts marked as written after the cache was saved; the marks are kept until the next save. */
  async loadMarks(): Promise<Set<string>> {
    let names: string[] = [];
    try {
      names = await this.#fs.readdir(this.#paths.touched);
    } catch (error) {
      if (!isMissingFileError(error)) throw error;
    }
    for (const name of names) this.#marked.add(name);
    return new Set(names);
  }

  /** Call before writing anything of `draftId`; pair with `endWrite`. */
  async beginWrite(draftId: string): Promise<void> {
    this.#writing.set(draftId, (this.#writing.get(draftId) ?? 0) + 1);
    if (this.#marked.has(draftId)) return;
    try {
      const handle = await this.#fs.open(path.join(this.#paths.touched, draftId), 'w');
      await handle.close();
      await syncFolder(this.#paths.touched, this.#fs);
      this.#marked.add(draftId);
    } catch (error) {
      this.endWrite(draftId);
      throw error;
    }
  }

  endWrite(draftId: string): void {
    this.#finished.set(draftId, (this.#finished.get(draftId) ?? 0) + 1);
    const count = (this.#writing.get(draftId) ?? 1) - 1;
    if (count > 0) this.#writing.set(draftId, count);
    else this.#writing.delete(draftId);
  }

  /** Saves the entries, then lifts the marks of drafts the saved file is current for. */
  async save(entries: Iterable<LibraryIndexEntry>): Promise<void> {
    const file = {
      format: 'midad.library-index',
      schemaVersion: 1,
      summaryVersion: LIBRARY_SUMMARY_VERSION,
      drafts: [...entries],
    };
    const settled = new Map(
      [...this.#marked]
        .filter((id) => !this.#writing.has(id))
        .map((id) => [id, this.#finished.get(id) ?? 0]),
    );
    await writeFileAtomic(this.#paths.libraryIndex, serialize(file), this.#fs);
    for (const [id, finishedWrites] of settled) {
      if (this.#writing.has(id) || (this.#finished.get(id) ?? 0) !== finishedWrites) continue;
      await this.#fs.rm(path.join(this.#paths.touched, id));
      this.#marked.delete(id);
    }
  }
}
