// What safeStorage's situation means for application passwords, decided without Electron
// so it is unit-tested: Linux without a keyring falls back to 'basic_text' (a hard-coded
// key, obfuscation only), which Midad uses only once the user has accepted it.
import type { ErrorCode, SecretStorage } from '../contract/index.ts';

export interface SafeStorageFacts {
  platform: NodeJS.Platform;
  encryptionAvailable: boolean;
  /** safeStorage.getSelectedStorageBackend() on Linux ('basic_text', 'gnome_libsecret', …); null elsewhere. */
  linuxBackend: string | null;
  weakAccepted: boolean;
}

export function describeSecretStorage(facts: SafeStorageFacts): SecretStorage {
  if (isWeakBackend(facts)) return { kind: 'basic-text', weakAccepted: facts.weakAccepted };
  return { kind: 'os-encrypted' };
}

/** Why a password may not be stored now, or null when it may. */
export function refusalToStore(facts: SafeStorageFacts): ErrorCode | null {
  // Said first: on basic_text encryption is unavailable until the user accepts, and that is what they can act on.
  if (isWeakBackend(facts) && !facts.weakAccepted) return 'secrets.weak_backend';
  if (!facts.encryptionAvailable) return 'secrets.unavailable';
  return null;
}

/** Whether safeStorage encrypts with its built-in key (basic_text, accepted by the user). */
export function usesPlainTextKey(facts: SafeStorageFacts): boolean {
  return isWeakBackend(facts) && facts.weakAccepted;
}

function isWeakBackend(facts: SafeStorageFacts): boolean {
  return facts.platform === 'linux' && facts.linuxBackend === 'basic_text';
}
