// Browser mode answers only its own page: loopback, its token, its Host and Origin.
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../electron/default-settings.ts';
import { startWebHost, type WebHost } from '../../../../electron/web-host/server.ts';

interface Answer {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

/** Raw requests, so that Host and Origin can be forged as an attacker would. */
function request(
  host: WebHost,
  pathname: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: pathname,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

let host: WebHost;
let secretFile: string;

beforeAll(async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'midad-webhost-'));
  const rendererDir = path.join(root, 'renderer');
  await mkdir(rendererDir);
  await writeFile(
    path.join(rendererDir, 'index.html'),
    '<!doctype html><html><head><meta charset="utf-8"></head><body>مداد</body></html>',
  );
  secretFile = path.join(root, 'secret.txt');
  await writeFile(secretFile, 'outside the renderer');
  await symlink(secretFile, path.join(rendererDir, 'link-out.txt'));
  host = await startWebHost({
    rendererDir,
    readMedia: async () => undefined,
    dispatch: async (methodName) =>
      methodName === 'settings.get'
        ? { ok: true, value: DEFAULT_SETTINGS }
        : { ok: false, error: { code: 'contract.unknown_method' } },
  });
});

afterAll(() => host.close());

const own = () => ({ Host: `127.0.0.1:${host.port}` });
const api = (extra: Record<string, string> = {}) => ({
  ...own(),
  'content-type': 'application/json',
  'x-midad-token': host.token,
  ...extra,
});

describe('browser mode', () => {
  it('listens on loopback only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('refuses a request without the token', async () => {
    expect((await request(host, '/', { headers: own() })).status).toBe(401);
    expect(
      (
        await request(host, '/api/settings.get', {
          method: 'POST',
          headers: { ...own(), 'content-type': 'application/json' },
          body: '[]',
        })
      ).status,
    ).toBe(401);
    expect((await request(host, '/?token=wrong-token', { headers: own() })).status).toBe(401);
  });

  it('refuses a foreign Host even with the token (DNS rebinding)', async () => {
    const answer = await request(host, `/?token=${host.token}`, {
      headers: { Host: `attacker.example:${host.port}` },
    });
    expect(answer.status).toBe(403);
    expect(answer.body).not.toContain('مداد');
  });

  it('refuses a foreign Origin even with the token', async () => {
    const answer = await request(host, '/api/settings.get', {
      method: 'POST',
      headers: api({ Origin: 'http://attacker.example' }),
      body: '[]',
    });
    expect(answer.status).toBe(403);
  });

  it('serves the page to the token in the URL, and keeps the token in a strict cookie', async () => {
    const answer = await request(host, `/?token=${host.token}`, { headers: own() });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('مداد');
    expect(answer.body).toContain(`<meta name="midad-token" content="${host.token}">`);
    expect(String(answer.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    const withCookie = await request(host, '/', {
      headers: { ...own(), Cookie: `midad_token_${host.port}=${host.token}` },
    });
    expect(withCookie.status).toBe(200);
  });

  it('answers contract calls that carry the token header from its own origin', async () => {
    const answer = await request(host, '/api/settings.get', {
      method: 'POST',
      headers: api({ Origin: `http://127.0.0.1:${host.port}` }),
      body: '[]',
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ ok: true, value: DEFAULT_SETTINGS });
  });

  it('does not accept the cookie alone for contract calls', async () => {
    const answer = await request(host, '/api/settings.get', {
      method: 'POST',
      headers: {
        ...own(),
        'content-type': 'application/json',
        Cookie: `midad_token_${host.port}=${host.token}`,
      },
      body: '[]',
    });
    expect(answer.status).toBe(401);
  });

  it('serves nothing outside the renderer folder', async () => {
    const headers = api();
    for (const attempt of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      `/${encodeURIComponent(secretFile)}`,
      '/link-out.txt',
      '/%00index.html',
    ]) {
      const answer = await request(host, attempt, { headers });
      expect(answer.status, attempt).toBe(404);
      expect(answer.body).not.toContain('outside the renderer');
    }
  });

  it('refuses an oversized request body', async () => {
    const answer = await request(host, '/api/settings.get', {
      method: 'POST',
      headers: api(),
      body: 'x'.repeat(113 * 1024 * 1024),
    }).catch((error: NodeJS.ErrnoException) => ({
      status: error.code === 'ECONNRESET' || error.code === 'EPIPE' ? 413 : 0,
      body: '',
      headers: {},
    }));
    expect(answer.status).toBe(413);
  });
});
