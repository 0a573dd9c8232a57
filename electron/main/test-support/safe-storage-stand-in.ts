// A stand-in for Electron's safeStorage in unit tests, behaving as Electron 45's does, and
// typed by electron.d.ts (`satisfies`), so a change of the real API fails the typecheck.
import type { SafeStorage } from 'electron';

export type LinuxBackend = ReturnType<SafeStorage['getSelectedStorageBackend']>;

export interface SafeStorageStandInOptions {
  platform: NodeJS.Platform;
  /** What getSelectedStorageBackend answers on Linux once the app is ready. */
  backend?: LinuxBackend;
  /** Before the app's `ready` event nothing is available and the backend is 'unknown'. */
  appReady?: boolean;
}

/**
 * Copies what Electron documents and does:
 * - isEncryptionAvailable() is false before `ready`; on Linux it is true with a keyring
 *   backend, and with `basic_text` only after setUsePlainTextEncryption(true)
 *   (SafeStorage::IsEncryptionAvailable:
 *   https://github.com/electron/electron/blob/v45.0.0-nightly.20260821/shell/browser/api/electron_api_safe_storage.cc#L146-L157;
 *   Electron's own spec calls setUsePlainTextEncryption(true) on Linux CI, which runs on basic_text:
 *   https://github.com/electron/electron/blob/v45.0.0-nightly.20260821/spec/api-safe-storage-spec.ts#L17-L39).
 * - setUsePlainTextEncryption is a no-op on Windows and macOS
 *   (https://www.electronjs.org/docs/latest/api/safe-storage#safestoragesetuseplaintextencryptionuseplaintext).
 * - getSelectedStorageBackend() answers 'unknown' before `ready`
 *   (https://www.electronjs.org/docs/latest/api/safe-storage#safestoragegetselectedstoragebackend-linux).
 * - encryptString and decryptString throw when encryption is not available, and
 *   decryptString throws on bytes that do not start with v10/v11 (same file, L201-L277;
 *   unchanged since Electron 30).
 * The "encryption" is a reversible scramble behind the v10/v11 prefix Chromium writes.
 */
export function safeStorageStandIn({
  platform,
  backend = 'gnome_libsecret',
  appReady = true,
}: SafeStorageStandInOptions) {
  let usePlainText = false;
  const keyring = backend !== 'basic_text' && backend !== 'unknown';
  const isEncryptionAvailable = () => {
    if (!appReady) return false;
    if (platform !== 'linux') return true;
    return keyring || (usePlainText && backend === 'basic_text');
  };
  const prefix = () => (platform === 'linux' && !keyring ? 'v10' : 'v11');
  return {
    isEncryptionAvailable,
    setUsePlainTextEncryption(usePlainTextKey: boolean): void {
      if (platform === 'linux') usePlainText = usePlainTextKey;
    },
    getSelectedStorageBackend: () => (appReady ? backend : 'unknown'),
    encryptString(plainText: string): Buffer {
      if (!isEncryptionAvailable()) {
        throw new Error(
          'Error while encrypting the text provided to safeStorage.encryptString. Encryption is not available.',
        );
      }
      return Buffer.from(prefix() + [...plainText].reverse().join(''));
    },
    decryptString(encrypted: Buffer): string {
      if (!isEncryptionAvailable()) {
        throw new Error(
          'Error while decrypting the ciphertext provided to safeStorage.decryptString. Decryption is not available.',
        );
      }
      const text = encrypted.toString();
      if (!text.startsWith('v10') && !text.startsWith('v11')) {
        throw new Error(
          'Error while decrypting the ciphertext provided to safeStorage.decryptString. Ciphertext does not appear to be encrypted.',
        );
      }
      return [...text.slice(3)].reverse().join('');
    },
  } satisfies Pick<
    SafeStorage,
    | 'isEncryptionAvailable'
    | 'setUsePlainTextEncryption'
    | 'getSelectedStorageBackend'
    | 'encryptString'
    | 'decryptString'
  >;
}
