// The desktop app's SecretStore: each application password encrypted with Electron's
// safeStorage (Keychain, DPAPI, libsecret/kwallet), the ciphertexts in one 0600 file in
// userData. Passwords the app kept in the plain 0600 file before are moved over when read.
import { chmod, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SecretStorage } from '../contract.ts';
import { writeFileAtomic } from '../services/files/atomic-write.ts';
import { isMissingFileError } from '../services/files/file-system.ts';
import { SECRETS_FOLDER, type SecretStore } from '../services/publish/sites/secret-store.ts';
import { ServiceError } from '../services/service-error.ts';
import { describeSecretStorage, refusalToStore, type SafeStorageFacts } from './secret-storage-policy.ts';

/** The part of Electron's safeStorage used here (a test passes its own). */
export interface SafeStorageApi {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?(): string;
}

export interface WeakStorageConsent {
  isAccepted(): boolean;
  accept(): void;
}

export interface SafeStorageSecretStoreOptions {
  dataDir: string;
  safeStorage: SafeStorageApi;
  consent: WeakStorageConsent;
  platform?: NodeJS.Platform;
  /** Where passwords were kept before (the plain file store): read once, then moved here. */
  legacy?: SecretStore;
}

const ENCRYPTED_FILE = 'safe-storage.json';

export class SafeStorageSecretStore implements SecretStore {
  readonly #options: SafeStorageSecretStoreOptions;
  readonly #folder: string;
  readonly #file: string;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: SafeStorageSecretStoreOptions) {
    this.#options = options;
    this.#folder = path.join(options.dataDir, SECRETS_FOLDER);
    this.#file = path.join(this.#folder, ENCRYPTED_FILE);
  }

  describe(): SecretStorage {
    return describeSecretStorage(this.#facts());
  }

  async get(key: string): Promise<string | null> {
    const encrypted = (await this.#read())[key];
    if (encrypted !== undefined) return this.#decrypt(encrypted);
    const legacy = (await this.#options.legacy?.get(key)) ?? null;
    if (legacy !== null && refusalToStore(this.#facts()) === null) {
      await this.set(key, legacy);
      await this.#options.legacy?.delete(key);
    }
    return legacy;
  }

  set(key: string, secret: string): Promise<void> {
    const refusal = refusalToStore(this.#facts());
    if (refusal) return Promise.reject(new ServiceError(refusal));
    return this.#change((secrets) => ({ ...secrets, [key]: this.#encrypt(secret) }));
  }

  async delete(key: string): Promise<void> {
    await this.#change((secrets) => Object.fromEntries(Object.entries(secrets).filter(([name]) => name !== key)));
    await this.#options.legacy?.delete(key);
  }

  #facts(): SafeStorageFacts {
    const { safeStorage, platform = process.platform } = this.#options;
    return {
      platform,
      encryptionAvailable: safeStorage.isEncryptionAvailable(),
      linuxBackend: platform === 'linux' ? (safeStorage.getSelectedStorageBackend?.() ?? null) : null,
      weakAccepted: this.#options.consent.isAccepted(),
    };
  }

  #encrypt(secret: string): string {
    try {
      return this.#options.safeStorage.encryptString(secret).toString('base64');
    } catch {
      throw new ServiceError('secrets.unavailable');
    }
  }

  #decrypt(encrypted: string): string {
    try {
      return this.#options.safeStorage.decryptString(Buffer.from(encrypted, 'base64'));
    } catch {
      // Another user's or another machine's keyring: the password has to be entered again.
      throw new ServiceError('secrets.unavailable');
    }
  }

  #change(change: (secrets: Record<string, string>) => Record<string, string>): Promise<void> {
    const next = this.#queue.then(async () => {
      const secrets = change(await this.#read());
      try {
        await mkdir(this.#folder, { recursive: true, mode: 0o700 });
        await chmod(this.#folder, 0o700);
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
