// The desktop app's SecretStore: each application password encrypted with Electron's
// safeStorage (Keychain, DPAPI, libsecret/kwallet), the ciphertexts in one 0600 file in
// userData. Passwords the app kept in the plain 0600 file before are moved over when read.
import path from 'node:path';
import type { SecretStorage } from '../contract.ts';
import { PrivateSecretsFile } from '../services/publish/sites/private-secrets-file.ts';
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
  readonly #file: PrivateSecretsFile;

  constructor(options: SafeStorageSecretStoreOptions) {
    this.#options = options;
    this.#file = new PrivateSecretsFile(path.join(options.dataDir, SECRETS_FOLDER, ENCRYPTED_FILE));
  }

  describe(): SecretStorage {
    return describeSecretStorage(this.#facts());
  }

  async get(key: string): Promise<string | null> {
    const encrypted = (await this.#file.read())[key];
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
    return this.#file.change((secrets) => ({ ...secrets, [key]: this.#encrypt(secret) }));
  }

  async delete(key: string): Promise<void> {
    await this.#file.delete(key);
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
}
