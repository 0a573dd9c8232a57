// Two browser-mode instances in one browser: cookies ignore the port, so each instance
// names its token cookie after its own port, and neither takes the other's cookie.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../../../electron/web-host/server.ts';
import { tokenCookieName } from '../../../../electron/web-host/request-guard.ts';

function get(
  host: WebHost,
  pathname: string,
  cookie?: string,
): Promise<{ status: number; setCookie: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Host: `127.0.0.1:${host.port}` };
    if (cookie) headers.Cookie = cookie;
    const req = http.request(
      { host: '127.0.0.1', port: host.port, path: pathname, headers },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            setCookie: String(res.headers['set-cookie'] ?? ''),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** What a browser sends to 127.0.0.1 after both pages stored their cookies: both of them, whatever the port. */
function cookieJar(...setCookies: string[]): string {
  return setCookies.map((header) => header.split(';')[0]).join('; ');
}

let first: WebHost;
let second: WebHost;

beforeAll(async () => {
  const rendererDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'midad-cookie-')), 'renderer');
  await mkdir(rendererDir);
  await writeFile(
    path.join(rendererDir, 'index.html'),
    '<!doctype html><html><head></head><body>مداد</body></html>',
  );
  const options = {
    rendererDir,
    readMedia: async () => undefined,
    dispatch: async () => ({
      ok: false as const,
      error: { code: 'contract.unknown_method' as const },
    }),
  };
  first = await startWebHost(options);
  second = await startWebHost(options);
});

afterAll(async () => {
  await first.close();
  await second.close();
});

describe('the token cookie of browser mode', () => {
  it('carries the port in its name', () => {
    expect(tokenCookieName(5173)).toBe('midad_token_5173');
    expect(tokenCookieName(5173)).not.toBe(tokenCookieName(5174));
  });

  it('is set under the port of the instance that served the page', async () => {
    const opened = await get(first, `/?token=${first.token}`);
    expect(opened.status).toBe(200);
    expect(opened.setCookie).toMatch(
      new RegExp(`^midad_token_${first.port}=${first.token}; HttpOnly; SameSite=Strict; Path=/`),
    );
  });

  it('lets two instances opened in one browser both keep working with the cookies the browser sends to both', async () => {
    const firstOpened = await get(first, `/?token=${first.token}`);
    const secondOpened = await get(second, `/?token=${second.token}`);
    const jar = cookieJar(firstOpened.setCookie, secondOpened.setCookie);
    expect((await get(first, '/', jar)).status).toBe(200);
    expect((await get(second, '/', jar)).status).toBe(200);
  });

  it("does not let one instance's cookie open the other", async () => {
    expect((await get(second, '/', `${tokenCookieName(second.port)}=${first.token}`)).status).toBe(
      401,
    );
    expect((await get(second, '/', `${tokenCookieName(first.port)}=${second.token}`)).status).toBe(
      401,
    );
  });
});
