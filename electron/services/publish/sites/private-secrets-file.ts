// One JSON object of strings in a file only the user may read (0600), in a folder only
// the user may open (0700), written atomically and one change at a time. Both secret
// stores keep their entries here: plain passwords in browser mode, ciphertexts in the app.
import { chmod, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../../files/atomic-write.ts';
import { isMissingFileError } from '../../files/file-system.ts';
import { ServiceError } from '../../service-error.ts';

export type SecretEntries = Record<string, string>;

export class PrivateSecretsFile {
  readonly #file: string;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(file: string) {
    this.#file = file;
  }

  async read(): Promise<SecretEntries> {
    let text: string;
    try {
      text = await readFile(this.#file, 'utf8');
    } catch (error) {
      if (isMissingFileError(error)) return {};
      throw new ServiceError('secrets.unavailable');
    }
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new Error('not an object');
      return Object.fromEntries(
        Object.entries(parsed).filter(
          (entry): entry is [string, string] => typeof entry[1] === 'string',
        ),
      );
    } catch {
      throw new ServiceError('secrets.unavailable');
    }
  }

  /** Applies `change` to the entries as they are on disk now, after any change before it. */
  change(change: (entries: SecretEntries) => SecretEntries): Promise<void> {
    const next = this.#queue.then(async () => {
      const entries = change(await this.read());
      const folder = path.dirname(this.#file);
      try {
        await mkdir(folder, { recursive: true, mode: 0o700 });
        await chmod(folder, 0o700);
        // writeFileAtomic creates its file 0600; the rename keeps that mode.
        await writeFileAtomic(this.#file, `${JSON.stringify(entries, null, 2)}\n`);
        await chmod(this.#file, 0o600);
      } catch {
        throw new ServiceError('secrets.unavailable');
      }
    });
    this.#queue = next.catch(() => undefined);
    return next;
  }

  delete(key: string): Promise<void> {
    return this.change((entries) =>
      Object.fromEntries(Object.entries(entries).filter(([name]) => name !== key)),
    );
  }
}
