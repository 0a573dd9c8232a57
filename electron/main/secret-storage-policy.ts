// What safeStorage's situation means for application passwords, decided without Electron
// so it is unit-tested: Linux without a keyring falls back to 'basic_text' (a hard-coded
// key, obfuscation only), which Midad uses only once the user has accepted it.
import type { ErrorCode, SecretStorage } from '../contract.ts';

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
  if (!facts.encryptionAvailable) return 'secrets.unavailable';
  if (isWeakBackend(facts) && !facts.weakAccepted) return 'secrets.weak_backend';
  return null;
}

function isWeakBackend(facts: SafeStorageFacts): boolean {
  return facts.platform === 'linux' && facts.linuxBackend === 'basic_text';
}
