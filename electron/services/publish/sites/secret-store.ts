// Where application passwords are kept. The desktop app implements SecretStore with
// Electron's safeStorage (electron/main); browser mode uses FileSecretStore: a file only
// the user may read, in a folder only the user may open. Either way, never sites.json.
import path from 'node:path';
import type { SecretStorage } from '../../../contract/index.ts';
import { PrivateSecretsFile } from './private-secrets-file.ts';

export interface SecretStore {
  set(key: string, secret: string): Promise<void>;
  /** The secret, or null when none is stored under `key`. */
  get(key: string): Promise<string | null>;
  delete(key: string): Promise<void>;
  /** 'os-encrypted' (Keychain, DPAPI, libsecret), 'basic-text' (Linux without a keyring), 'file' (browser mode). */
  describe(): SecretStorage;
  /** Only where the storage is weak and asks first (the desktop app on Linux without a keyring). */
  setWeakStorageAccepted?(accepted: boolean): Promise<void>;
}

export const SECRETS_FOLDER = 'secrets';
const SECRETS_FILE = 'secrets.json';

export class FileSecretStore implements SecretStore {
  readonly #file: PrivateSecretsFile;

  constructor(dataDir: string) {
    this.#file = new PrivateSecretsFile(path.join(dataDir, SECRETS_FOLDER, SECRETS_FILE));
  }

  describe(): SecretStorage {
    return { kind: 'file' };
  }

  async get(key: string): Promise<string | null> {
    const secrets = await this.#file.read();
    return Object.hasOwn(secrets, key) ? (secrets[key] ?? null) : null;
  }

  set(key: string, secret: string): Promise<void> {
    return this.#file.change((secrets) => ({ ...secrets, [key]: secret }));
  }

  delete(key: string): Promise<void> {
    return this.#file.delete(key);
  }
}
