import { mkdtemp, readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SafeStorageSecretStore, type SafeStorageApi } from '../../../../electron/main/safe-storage-secret-store.ts';
import { FileSecretStore } from '../../../../electron/services/publish/sites/secret-store.ts';

/** Stands in for Electron's safeStorage: a reversible scramble the test can tell from plain text. */
function fakeSafeStorage(backend = 'gnome_libsecret'): SafeStorageApi {
  return {
    isEncryptionAvailable: () => true,
    encryptString: (text) => Buffer.from(`enc:${[...text].reverse().join('')}`),
    decryptString: (data) => [...data.toString().slice(4)].reverse().join(''),
    getSelectedStorageBackend: () => backend,
  };
}

function consent(accepted = false) {
  const state = { accepted };
  return { isAccepted: () => state.accepted, accept: () => void (state.accepted = true) };
}

const PASSWORD = 'abcd efgh ijkl mnop qrst uvwx';

describe("the desktop app's safeStorage secret store", () => {
  it('keeps only ciphertext, in a file only the user may read', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'midad-safe-'));
    const store = new SafeStorageSecretStore({ dataDir, safeStorage: fakeSafeStorage(), consent: consent(), platform: 'linux' });
    expect(store.describe()).toEqual({ kind: 'os-encrypted' });
    await store.set('wordpress/a', PASSWORD);
    const file = path.join(dataDir, 'secrets', 'safe-storage.json');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readFile(file, 'utf8')).not.toContain(PASSWORD);
    expect(await store.get('wordpress/a')).toBe(PASSWORD);
    await store.delete('wordpress/a');
    expect(await store.get('wordpress/a')).toBeNull();
  });

  it('refuses to store on basic_text until the user accepts it', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'midad-safe-'));
    const userConsent = consent();
    const store = new SafeStorageSecretStore({ dataDir, safeStorage: fakeSafeStorage('basic_text'), consent: userConsent, platform: 'linux' });
    expect(store.describe()).toEqual({ kind: 'basic-text', weakAccepted: false });
    await expect(store.set('wordpress/a', PASSWORD)).rejects.toMatchObject({ code: 'secrets.weak_backend' });
    userConsent.accept();
    await store.set('wordpress/a', PASSWORD);
    expect(await store.get('wordpress/a')).toBe(PASSWORD);
  });

  it('moves a password kept in the old plain file over when it is read', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'midad-safe-'));
    const legacy = new FileSecretStore(dataDir);
    await legacy.set('wordpress/a', PASSWORD);
    const store = new SafeStorageSecretStore({ dataDir, safeStorage: fakeSafeStorage(), consent: consent(), platform: 'linux', legacy });
    expect(await store.get('wordpress/a')).toBe(PASSWORD);
    expect(await legacy.get('wordpress/a')).toBeNull();
    expect(await store.get('wordpress/a')).toBe(PASSWORD);
  });
});
