// publish.* through a composed host: the outbox answers from the start, refuses what it
// cannot do with its codes, and a host shut down stops it.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../../electron/contract/index.ts';
import { composeHost } from '../../../../electron/host/compose.ts';

describe('publish.* in a host', () => {
  it('lists no jobs at first, refuses an unknown site or job by code, validates the options', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'midad-publish-host-'));
    const host = composeHost({
      dataDir,
      mode: 'browser',
      version: '0.0.0',
      settingsStore: new Conf({ cwd: dataDir, configName: 'config', projectName: 'midad' }),
      fetch: (() =>
        Promise.reject(new Error('no network in this test'))) as unknown as typeof fetch,
    });
    expect(await host.dispatch('publish.jobs', [])).toEqual({ ok: true, value: [] });
    const created = await host.dispatch('drafts.create', []);
    if (!created.ok) throw new Error(created.error.code);
    const draft = created.value as Draft;
    expect(
      await host.dispatch('publish.enqueue', [draft.id, 'no-such-site-1', { action: 'publish' }]),
    ).toEqual({
      ok: false,
      error: { code: 'sites.not_found' },
    });
    expect(await host.dispatch('publish.cancel', ['no-such-job-1'])).toEqual({
      ok: false,
      error: { code: 'publish.job_not_found' },
    });
    const invalid = await host.dispatch('publish.enqueue', [
      draft.id,
      'no-such-site-1',
      { action: 'shout' },
    ]);
    expect(invalid).toMatchObject({ ok: false, error: { code: 'contract.invalid_arguments' } });
    await host.shutdown();
  });
});
