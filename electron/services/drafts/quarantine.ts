// Files the library cannot read are moved aside, never deleted and never overwritten, and
// each move is remembered as a problem the UI shows: which draft, and where its bytes are.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { LibraryProblem } from '../../contract/index.ts';
import { syncFolder } from '../files/atomic-write.ts';
import { isMissingFileError, type FileSystem } from '../files/file-system.ts';
import type { LibraryPaths } from './library-paths.ts';

export type ProblemKind = LibraryProblem['kind'];
export type ProblemReason = LibraryProblem['reason'];

export class Quarantine {
  readonly #paths: LibraryPaths;
  readonly #fs: FileSystem;
  readonly #now: () => Date;
  readonly #problems: LibraryProblem[] = [];

  constructor(paths: LibraryPaths, fs: FileSystem, now: () => Date) {
    this.#paths = paths;
    this.#fs = fs;
    this.#now = now;
  }

  problems(): LibraryProblem[] {
    return [...this.#problems];
  }

  /** Moves `filePath` into the quarantine folder under a name no other file has, and records why. */
  async isolate(
    filePath: string,
    problem: { draftId: string | null; kind: ProblemKind; reason: ProblemReason },
  ): Promise<LibraryProblem> {
    const quarantinePath = await this.#freePath(problem.draftId, path.basename(filePath));
    await this.#fs.rename(filePath, quarantinePath);
    await syncFolder(this.#paths.quarantine, this.#fs);
    await syncFolder(path.dirname(filePath), this.#fs);
    return this.record({ ...problem, originalPath: filePath, quarantinePath });
  }

  /** Remembers a problem for which nothing was moved (or adds what recovery did). */
  record(problem: {
    draftId: string | null;
    kind: ProblemKind;
    reason: ProblemReason;
    originalPath: string;
    quarantinePath?: string | null;
  }): LibraryProblem {
    const recorded: LibraryProblem = {
      draftId: problem.draftId,
      kind: problem.kind,
      reason: problem.reason,
      originalPath: this.#paths.relative(problem.originalPath),
      quarantinePath: problem.quarantinePath ?? null,
      recoveredFromRevision: null,
      detectedAt: this.#now().toISOString(),
    };
    this.#problems.push(recorded);
    return recorded;
  }

  async #freePath(draftId: string | null, baseName: string): Promise<string> {
    const stamp = this.#now().toISOString().replaceAll(':', '-');
    for (;;) {
      const candidate = path.join(
        this.#paths.quarantine,
        `${draftId ?? 'unknown'}-${stamp}-${randomBytes(4).toString('hex')}-${baseName}`,
      );
      try {
        await this.#fs.stat(candidate);
      } catch (error) {
        if (isMissingFileError(error)) return candidate;
        throw error;
      }
    }
  }
}
