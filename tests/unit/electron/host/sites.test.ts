// The sites namespace through a host: arguments checked by the contract, the password
// never echoed in an answer, browser mode's store described to the UI.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { composeHost } from '../../../../electron/host/compose.ts';
import { SafeStorageSecretStore } from '../../../../electron/main/safe-storage-secret-store.ts';
import { safeStorageStandIn } from '../../../../electron/main/test-support/safe-storage-stand-in.ts';

async function hostWith(fetch: typeof globalThis.fetch) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'midad-host-sites-'));
  return composeHost({
    dataDir,
    mode: 'browser',
    version: '0.0.0',
    settingsStore: new Conf({ cwd: dataDir, configName: 'config', projectName: 'midad' }),
    fetch,
  });
}

describe('sites through the host', () => {
  it('lists no sites at first and says where passwords go', async () => {
    const host = await hostWith(fetch);
    expect(await host.dispatch('sites.list', [])).toEqual({ ok: true, value: [] });
    expect(await host.dispatch('sites.secretStorage', [])).toEqual({
      ok: true,
      value: { kind: 'file' },
    });
    await host.shutdown();
  });

  it('an unreachable site is an error value, and the password is not in it', async () => {
    const refused = async () => {
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    };
    const host = await hostWith(refused as typeof fetch);
    const answer = await host.dispatch('sites.add', [
      { url: 'https://news.example', login: 'editor', appPassword: 'my secret app password' },
    ]);
    expect(answer).toEqual({
      ok: false,
      error: { code: 'wordpress.unreachable', details: ['no answer', 'ECONNREFUSED'] },
    });
    await host.shutdown();
  });

  it('a site id that is not one is refused by the contract', async () => {
    const host = await hostWith(fetch);
    expect(await host.dispatch('sites.check', ['../x'])).toMatchObject({
      ok: false,
      error: { code: 'contract.invalid_arguments' },
    });
    expect(await host.dispatch('sites.remove', ['AAAAAAAAAAAA'])).toEqual({
      ok: false,
      error: { code: 'sites.not_found' },
    });
    await host.shutdown();
  });

  it('on Linux without a keyring, no site is added until the user accepts obfuscated passwords, and they may take it back', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'midad-host-sites-'));
    const settingsStore = new Conf({ cwd: dataDir, configName: 'config', projectName: 'midad' });
    const consent = {
      isAccepted: () => settingsStore.get('allowWeakSecretStorage') === true,
      set: (accepted: boolean) => settingsStore.set('allowWeakSecretStorage', accepted),
    };
    const secretStore = new SafeStorageSecretStore({
      dataDir,
      safeStorage: safeStorageStandIn({ platform: 'linux', backend: 'basic_text' }),
      consent,
      platform: 'linux',
    });
    const asked: string[] = [];
    const refused = async (url: string | URL | Request) => {
      asked.push(String(url));
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    };
    const host = composeHost({
      dataDir,
      mode: 'desktop',
      version: '0.0.0',
      settingsStore,
      secretStore,
      fetch: refused as typeof fetch,
    });
    const input = {
      url: 'https://news.example',
      login: 'editor',
      appPassword: 'my secret app password',
    };

    expect(await host.dispatch('sites.secretStorage', [])).toEqual({
      ok: true,
      value: { kind: 'basic-text', weakAccepted: false },
    });
    expect(await host.dispatch('sites.add', [input])).toEqual({
      ok: false,
      error: { code: 'secrets.weak_backend' },
    });
    expect(asked).toEqual([]);

    expect(await host.dispatch('sites.acceptWeakSecretStorage', [])).toEqual({
      ok: true,
      value: { kind: 'basic-text', weakAccepted: true },
    });
    expect(await host.dispatch('sites.add', [input])).toMatchObject({
      ok: false,
      error: { code: 'wordpress.unreachable' },
    });
    expect(asked.length).toBeGreaterThan(0);

    expect(await host.dispatch('sites.withdrawWeakSecretStorage', [])).toEqual({
      ok: true,
      value: { kind: 'basic-text', weakAccepted: false },
    });
    expect(settingsStore.get('allowWeakSecretStorage')).toBe(false);
    await host.shutdown();
  });
});
