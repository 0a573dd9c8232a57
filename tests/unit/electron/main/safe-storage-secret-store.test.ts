import { mkdtemp, readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SafeStorageSecretStore } from '../../../../electron/main/safe-storage-secret-store.ts';
import { safeStorageStandIn } from '../../../../electron/main/test-support/safe-storage-stand-in.ts';
import { FileSecretStore } from '../../../../electron/services/publish/sites/secret-store.ts';

/** The consent as main.ts keeps it: a value in the settings file, read again at each start. */
function savedConsent(accepted = false) {
  const state = { accepted };
  return {
    isAccepted: () => state.accepted,
    set: (value: boolean) => void (state.accepted = value),
  };
}

const PASSWORD = 'abcd efgh ijkl mnop qrst uvwx';

async function dataFolder() {
  return mkdtemp(path.join(os.tmpdir(), 'midad-safe-'));
}

describe("the desktop app's safeStorage secret store", () => {
  it('keeps only ciphertext, in a file only the user may read', async () => {
    const dataDir = await dataFolder();
    const store = new SafeStorageSecretStore({
      dataDir,
      safeStorage: safeStorageStandIn({ platform: 'linux' }),
      consent: savedConsent(),
      platform: 'linux',
    });
    expect(store.describe()).toEqual({ kind: 'os-encrypted' });
    await store.set('wordpress/a', PASSWORD);
    const file = path.join(dataDir, 'secrets', 'safe-storage.json');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readFile(file, 'utf8')).not.toContain(PASSWORD);
    expect(await store.get('wordpress/a')).toBe(PASSWORD);
    await store.delete('wordpress/a');
    expect(await store.get('wordpress/a')).toBeNull();
  });

  it('on Linux without a keyring, refuses a password with a reason the user can act on until they accept', async () => {
    const dataDir = await dataFolder();
    const consent = savedConsent();
    const store = new SafeStorageSecretStore({
      dataDir,
      safeStorage: safeStorageStandIn({ platform: 'linux', backend: 'basic_text' }),
      consent,
      platform: 'linux',
    });
    expect(store.describe()).toEqual({ kind: 'basic-text', weakAccepted: false });
    await expect(store.set('wordpress/a', PASSWORD)).rejects.toMatchObject({
      code: 'secrets.weak_backend',
    });
    await store.setWeakStorageAccepted(true);
    expect(store.describe()).toEqual({ kind: 'basic-text', weakAccepted: true });
    await store.set('wordpress/a', PASSWORD);
    expect(await store.get('wordpress/a')).toBe(PASSWORD);
  });

  it('the consent holds at the next start: the password stored before is read again', async () => {
    const dataDir = await dataFolder();
    const consent = savedConsent();
    const firstRun = new SafeStorageSecretStore({
      dataDir,
      safeStorage: safeStorageStandIn({ platform: 'linux', backend: 'basic_text' }),
      consent,
      platform: 'linux',
    });
    await firstRun.setWeakStorageAccepted(true);
    await firstRun.set('wordpress/a', PASSWORD);
    // A new process: safeStorage starts without plain-text encryption again.
    const nextRun = new SafeStorageSecretStore({
      dataDir,
      safeStorage: safeStorageStandIn({ platform: 'linux', backend: 'basic_text' }),
      consent,
      platform: 'linux',
    });
    expect(await nextRun.get('wordpress/a')).toBe(PASSWORD);
  });

  it('withdrawing the consent deletes the obfuscated passwords and refuses new ones', async () => {
    const dataDir = await dataFolder();
    const consent = savedConsent(true);
    const store = new SafeStorageSecretStore({
      dataDir,
      safeStorage: safeStorageStandIn({ platform: 'linux', backend: 'basic_text' }),
      consent,
      platform: 'linux',
    });
    await store.set('wordpress/a', PASSWORD);
    await store.setWeakStorageAccepted(false);
    expect(consent.isAccepted()).toBe(false);
    expect(store.describe()).toEqual({ kind: 'basic-text', weakAccepted: false });
    expect(
      await readFile(path.join(dataDir, 'secrets', 'safe-storage.json'), 'utf8'),
    ).not.toContain('wordpress/a');
    expect(await store.get('wordpress/a')).toBeNull();
    await expect(store.set('wordpress/a', PASSWORD)).rejects.toMatchObject({
      code: 'secrets.weak_backend',
    });
  });

  it('an encryption the system refuses stores nothing (a keyring that does not answer)', async () => {
    const dataDir = await dataFolder();
    const store = new SafeStorageSecretStore({
      dataDir,
      safeStorage: safeStorageStandIn({ platform: 'win32', appReady: false }),
      consent: savedConsent(),
      platform: 'win32',
    });
    await expect(store.set('wordpress/a', PASSWORD)).rejects.toMatchObject({
      code: 'secrets.unavailable',
    });
  });

  it('moves a password kept in the old plain file over when it is read', async () => {
    const dataDir = await dataFolder();
    const legacy = new FileSecretStore(dataDir);
    await legacy.set('wordpress/a', PASSWORD);
    const store = new SafeStorageSecretStore({
      dataDir,
      safeStorage: safeStorageStandIn({ platform: 'linux' }),
      consent: savedConsent(),
      platform: 'linux',
      legacy,
    });
    expect(await store.get('wordpress/a')).toBe(PASSWORD);
    expect(await legacy.get('wordpress/a')).toBeNull();
    expect(await store.get('wordpress/a')).toBe(PASSWORD);
  });
});

describe('the safeStorage stand-in copies Electron', () => {
  it('basic_text encrypts only after setUsePlainTextEncryption(true), and nothing works before ready', () => {
    const basicText = safeStorageStandIn({ platform: 'linux', backend: 'basic_text' });
    expect(basicText.isEncryptionAvailable()).toBe(false);
    expect(() => basicText.encryptString('x')).toThrow(/Encryption is not available/);
    basicText.setUsePlainTextEncryption(true);
    expect(basicText.decryptString(basicText.encryptString('x'))).toBe('x');
    const early = safeStorageStandIn({ platform: 'linux', backend: 'basic_text', appReady: false });
    expect(early.getSelectedStorageBackend()).toBe('unknown');
    early.setUsePlainTextEncryption(true);
    expect(early.isEncryptionAvailable()).toBe(false);
  });
});
