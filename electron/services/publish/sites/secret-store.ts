// Where application passwords are kept. The desktop app implements SecretStore with
// Electron's safeStorage (electron/main); browser mode uses FileSecretStore: a file only
// the user may read, in a folder only the user may open. Either way, never sites.json.
import { chmod, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SecretStorage } from '../../../contract.ts';
import { writeFileAtomic } from '../../files/atomic-write.ts';
import { isMissingFileError } from '../../files/file-system.ts';
import { ServiceError } from '../../service-error.ts';

export interface SecretStore {
  set(key: string, secret: string): Promise<void>;
  /** The secret, or null when none is stored under `key`. */
  get(key: string): Promise<string | null>;
  delete(key: string): Promise<void>;
  /** 'os-encrypted' (Keychain, DPAPI, libsecret), 'basic-text' (Linux without a keyring), 'file' (browser mode). */
  describe(): SecretStorage;
}

export const SECRETS_FOLDER = 'secrets';
const SECRETS_FILE = 'secrets.json';

export class FileSecretStore implements SecretStore {
  readonly #folder: string;
  readonly #file: string;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(dataDir: string) {
    this.#folder = path.join(dataDir, SECRETS_FOLDER);
    this.#file = path.join(this.#folder, SECRETS_FILE);
  }

  describe(): SecretStorage {
    return { kind: 'file' };
  }

  async get(key: string): Promise<string | null> {
    const secrets = await this.#read();
    return Object.hasOwn(secrets, key) ? (secrets[key] ?? null) : null;
  }

  set(key: string, secret: string): Promise<void> {
    return this.#change((secrets) => ({ ...secrets, [key]: secret }));
  }

  delete(key: string): Promise<void> {
    return this.#change((secrets) => Object.fromEntries(Object.entries(secrets).filter(([name]) => name !== key)));
  }

  #change(change: (secrets: Record<string, string>) => Record<string, string>): Promise<void> {
    const next = this.#queue.then(async () => {
      const secrets = change(await this.#read());
      try {
        await mkdir(this.#folder, { recursive: true, mode: 0o700 });
        await chmod(this.#folder, 0o700);
        // writeFileAtomic creates its file 0600; the rename keeps that mode.
        await writeFileAtomic(this.#file, `${JSON.stringify(secrets, null, 2)}\n`);
        await chmod(this.#file, 0o600);
      } catch {
        throw new ServiceError('secrets.unavailable');
      }
    });
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async #read(): Promise<Record<string, string>> {
    let text: string;
    try {
      text = await readFile(this.#file, 'utf8');
    } catch (error) {
      if (isMissingFileError(error)) return {};
      throw new ServiceError('secrets.unavailable');
    }
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
      return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    } catch {
      throw new ServiceError('secrets.unavailable');
    }
  }
}
