// `npm run web` as a user starts it: the built server, a real process, a real port.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  REPO_ROOT,
  startWebHostProcess,
  type RunningWebHost,
} from '../../../support/web-host-process.ts';

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
    const envelope = (await answer.json()) as {
      ok: boolean;
      value: { dataDir: string; mode: string };
    };
    expect(envelope).toMatchObject({ ok: true, value: { dataDir, mode: 'browser' } });
  });

  // The built host's conf has no JSON-schema validator (scripts/lib/conf-without-json-schema.mjs).
  it('keeps a changed setting in the settings file of that folder', async () => {
    const call = (method: string, args: unknown[]) =>
      fetch(`${host.origin}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-midad-token': host.token },
        body: JSON.stringify(args),
      }).then((answer) => answer.json() as Promise<{ ok: boolean; value: { language: string } }>);
    expect(await call('settings.set', [{ language: 'en' }])).toMatchObject({
      ok: true,
      value: { language: 'en' },
    });
    expect(await call('settings.get', [])).toMatchObject({ ok: true, value: { language: 'en' } });
    const file = JSON.parse(await readFile(path.join(dataDir, 'config.json'), 'utf8')) as {
      settings: { language: string };
    };
    expect(file.settings.language).toBe('en');
  });
});

describe('a data folder the host cannot use', () => {
  // The URL comes before the services are loaded (electron/web-host/main.ts); a folder
  // that cannot be made must still stop the host, saying why, rather than leave it up
  // answering every call with an error.
  it('stops the host with a message that names the problem', async () => {
    const parent = await mkdtemp(path.join(os.tmpdir(), 'midad-cli-bad-'));
    const aFile = path.join(parent, 'not-a-folder');
    await writeFile(aFile, 'a file where the data folder should go');
    const child = spawn(
      process.execPath,
      [
        path.join(REPO_ROOT, 'dist', 'web-host', 'server.mjs'),
        '--data-dir',
        path.join(aFile, 'midad'),
        '--port',
        '0',
      ],
      {
        cwd: REPO_ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(errors).toMatch(/Midad browser mode could not start: .*(ENOTDIR|not a directory)/);
  });
});
