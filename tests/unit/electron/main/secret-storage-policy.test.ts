import { describe, expect, it } from 'vitest';
import {
  describeSecretStorage,
  refusalToStore,
  type SafeStorageFacts,
} from '../../../../electron/main/secret-storage-policy.ts';

const keyring: SafeStorageFacts = {
  platform: 'linux',
  encryptionAvailable: true,
  linuxBackend: 'gnome_libsecret',
  weakAccepted: false,
};
const basicText: SafeStorageFacts = { ...keyring, linuxBackend: 'basic_text' };

describe('where the desktop app may keep application passwords', () => {
  it('a keyring, the macOS Keychain or DPAPI is OS encryption, used without asking', () => {
    expect(describeSecretStorage(keyring)).toEqual({ kind: 'os-encrypted' });
    expect(describeSecretStorage({ ...keyring, platform: 'darwin', linuxBackend: null })).toEqual({
      kind: 'os-encrypted',
    });
    expect(refusalToStore(keyring)).toBeNull();
    expect(refusalToStore({ ...keyring, platform: 'win32', linuxBackend: null })).toBeNull();
  });

  it("Linux's basic_text backend is refused until the user accepts it", () => {
    expect(describeSecretStorage(basicText)).toEqual({ kind: 'basic-text', weakAccepted: false });
    expect(refusalToStore(basicText)).toBe('secrets.weak_backend');
    expect(describeSecretStorage({ ...basicText, weakAccepted: true })).toEqual({
      kind: 'basic-text',
      weakAccepted: true,
    });
    expect(refusalToStore({ ...basicText, weakAccepted: true })).toBeNull();
  });

  it('basic_text before consent is refused as weak, not as unavailable: Electron reports no encryption there until the app accepts', () => {
    expect(refusalToStore({ ...basicText, encryptionAvailable: false })).toBe(
      'secrets.weak_backend',
    );
  });

  it('no encryption at all stores nothing, accepted or not', () => {
    expect(refusalToStore({ ...keyring, encryptionAvailable: false })).toBe('secrets.unavailable');
    expect(refusalToStore({ ...basicText, encryptionAvailable: false, weakAccepted: true })).toBe(
      'secrets.unavailable',
    );
  });
});
