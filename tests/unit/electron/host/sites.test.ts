// The sites namespace through a host: arguments checked by the contract, the password
// never echoed in an answer, browser mode's store described to the UI.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { composeHost } from '../../../../electron/host/compose.ts';

async function hostWith(fetch: typeof globalThis.fetch) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'midad-host-sites-'));
  return composeHost({ dataDir, mode: 'browser', version: '0.0.0', settingsStore: new Conf({ cwd: dataDir, configName: 'config', projectName: 'midad' }), fetch });
}

describe('sites through the host', () => {
  it('lists no sites at first and says where passwords go', async () => {
    const host = await hostWith(fetch);
    expect(await host.dispatch('sites.list', [])).toEqual({ ok: true, value: [] });
    expect(await host.dispatch('sites.secretStorage', [])).toEqual({ ok: true, value: { kind: 'file' } });
    await host.shutdown();
  });

  it('an unreachable site is an error value, and the password is not in it', async () => {
    const refused = async () => {
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    };
    const host = await hostWith(refused as typeof fetch);
    const answer = await host.dispatch('sites.add', [{ url: 'https://news.example', login: 'editor', appPassword: 'my secret app password' }]);
    expect(answer).toEqual({ ok: false, error: { code: 'wordpress.unreachable', details: ['no answer', 'ECONNREFUSED'] } });
    await host.shutdown();
  });

  it('a site id that is not one is refused by the contract', async () => {
    const host = await hostWith(fetch);
    expect(await host.dispatch('sites.check', ['../x'])).toMatchObject({ ok: false, error: { code: 'contract.invalid_arguments' } });
    expect(await host.dispatch('sites.remove', ['AAAAAAAAAAAA'])).toEqual({ ok: false, error: { code: 'sites.not_found' } });
    await host.shutdown();
  });
});
