// safeStorage in a real Electron: what the desktop app keeps for a site's application
// password is ciphertext from the OS, and the backend it uses is the one the policy expects.
import { expect, test } from '@playwright/test';
import { useMidadApp } from './electron-app.ts';

test.describe("the desktop app's secret storage", () => {
  const midad = useMidadApp();

  test('encrypts with the OS and never keeps the password readable', async () => {
    const result = await midad().app.evaluate(({ safeStorage }) => {
      if (!safeStorage.isEncryptionAvailable()) return { available: false as const };
      const secret = 'abcd efgh ijkl mnop qrst uvwx';
      const cipher = safeStorage.encryptString(secret);
      return {
        available: true as const,
        readable: cipher.toString('latin1').includes(secret),
        roundTrip: safeStorage.decryptString(cipher) === secret,
        backend: process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'os',
      };
    });
    test.skip(
      !result.available,
      'no OS encryption on this machine: the app refuses to store passwords (secret-storage-policy.test.ts)',
    );
    if (!result.available) return;
    expect(result.readable).toBe(false);
    expect(result.roundTrip).toBe(true);
    expect(result.backend).not.toBe('unknown');
  });
});
