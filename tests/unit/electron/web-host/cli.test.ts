// `npm run web` as a user starts it: the built server, a real process, a real port.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHostProcess, type RunningWebHost } from '../../../support/web-host-process.ts';

let host: RunningWebHost;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'midad-cli-'));
  host = await startWebHostProcess(dataDir);
});
afterAll(() => host.stop());

describe('the browser-mode command', () => {
  it('prints a loopback URL that carries the token and opens the app', async () => {
    expect(host.openUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
    const page = await fetch(host.openUrl);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
  });

  it('refuses the same page without the token', async () => {
    expect((await fetch(host.origin)).status).toBe(401);
  });

  it('keeps its data in the folder given by --data-dir', async () => {
    const answer = await fetch(`${host.origin}/api/app.getInfo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-midad-token': host.token },
      body: '[]',
    });
    const envelope = (await answer.json()) as { ok: boolean; value: { dataDir: string; mode: string } };
    expect(envelope).toMatchObject({ ok: true, value: { dataDir, mode: 'browser' } });
  });
});
