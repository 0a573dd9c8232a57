// The desktop app's SecretStore: each application password encrypted with Electron's
// safeStorage (Keychain, DPAPI, libsecret/kwallet), the ciphertexts in one 0600 file in
// userData. Passwords the app kept in the plain 0600 file before are moved over when read.
import path from 'node:path';
import type { SafeStorage } from 'electron';
import type { SecretStorage } from '../contract/index.ts';
import { PrivateSecretsFile } from '../services/publish/sites/private-secrets-file.ts';
import { SECRETS_FOLDER, type SecretStore } from '../services/publish/sites/secret-store.ts';
import { ServiceError } from '../services/service-error.ts';
import {
  describeSecretStorage,
  refusalToStore,
  usesPlainTextKey,
  type SafeStorageFacts,
} from './secret-storage-policy.ts';

/** The part of Electron's safeStorage used here, as electron.d.ts types it (a test passes its stand-in). */
export type SafeStorageApi = Pick<
  SafeStorage,
  | 'isEncryptionAvailable'
  | 'encryptString'
  | 'decryptString'
  | 'getSelectedStorageBackend'
  | 'setUsePlainTextEncryption'
>;

/** The user's answer to "keep passwords obfuscated only?" (Linux without a keyring), kept across starts. */
export interface WeakStorageConsent {
  isAccepted(): boolean;
  set(accepted: boolean): void;
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

  /** Made once the app is ready (safeStorage knows its backend only then), before any password is read. */
  constructor(options: SafeStorageSecretStoreOptions) {
    this.#options = options;
    this.#file = new PrivateSecretsFile(path.join(options.dataDir, SECRETS_FOLDER, ENCRYPTED_FILE));
    // safeStorage forgets setUsePlainTextEncryption at quit: an earlier consent is applied again at every start.
    this.#applyConsent();
  }

  describe(): SecretStorage {
    return describeSecretStorage(this.#facts());
  }

  /**
   * Accepting lets safeStorage use its built-in key on basic_text. Withdrawing stops it and
   * deletes the passwords kept that way: anyone who can read the user's files could read them.
   */
  async setWeakStorageAccepted(accepted: boolean): Promise<void> {
    const wasUsingPlainTextKey = usesPlainTextKey(this.#facts());
    this.#options.consent.set(accepted);
    this.#applyConsent();
    if (!accepted && wasUsingPlainTextKey) await this.#file.change(() => ({}));
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

  #applyConsent(): void {
    const facts = this.#facts();
    // A no-op off Linux, and meaningless with a keyring: only basic_text is ever switched.
    if (facts.linuxBackend === 'basic_text')
      this.#options.safeStorage.setUsePlainTextEncryption(facts.weakAccepted);
  }

  #facts(): SafeStorageFacts {
    const { safeStorage, platform = process.platform } = this.#options;
    return {
      platform,
      encryptionAvailable: safeStorage.isEncryptionAvailable(),
      linuxBackend: platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null,
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
