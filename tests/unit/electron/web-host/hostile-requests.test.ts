// Browser mode under attack from the same machine: paths that try to climb out of the
// renderer folder or into the data folder (encoded, double-encoded, backslashed, absolute,
// NUL, very long, through symlinks), oversized requests, and a token that must be new
// each run. Each answer is a refusal that shows nothing from outside.
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostHandlers } from '../../../../electron/contract/index.ts';
import { createDispatcher } from '../../../../electron/host/dispatcher.ts';
import type { MediaRequest } from '../../../../electron/host/media-files.ts';
import { readStaticFile } from '../../../../electron/host/static-files.ts';
import { startWebHost, type WebHost } from '../../../../electron/web-host/server.ts';

const SECRET = 'outside the renderer folder';
const DRAFT_ID = 'draft_1234';
const HASH = 'a'.repeat(64);

function get(
  host: WebHost,
  rawPath: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: rawPath,
        headers: {
          Host: `127.0.0.1:${host.port}`,
          Cookie: `midad_token_${host.port}=${host.token}`,
          ...headers,
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

let root: string;
let rendererDir: string;
let host: WebHost;
const mediaAsked: MediaRequest[] = [];

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'midad-hostile-'));
  const realRenderer = path.join(root, 'renderer-real');
  await mkdir(path.join(realRenderer, 'assets'), { recursive: true });
  await writeFile(
    path.join(realRenderer, 'index.html'),
    '<!doctype html><meta charset="utf-8"><p>مداد</p>',
  );
  await writeFile(path.join(realRenderer, 'assets', 'app.js'), 'export {};');
  await mkdir(path.join(root, 'data', 'drafts'), { recursive: true });
  await writeFile(path.join(root, 'secret.txt'), SECRET);
  await writeFile(path.join(root, 'data', 'settings.json'), SECRET);
  await symlink(path.join(root, 'secret.txt'), path.join(realRenderer, 'link-out.txt'));
  await symlink(path.join(root, 'data'), path.join(realRenderer, 'data-link'));
  await symlink(path.join(realRenderer, 'assets', 'app.js'), path.join(realRenderer, 'link-in.js'));
  // The folder itself reached through a symlink, as an installed app's may be.
  rendererDir = path.join(root, 'renderer');
  await symlink(realRenderer, rendererDir);
  host = await startWebHost({
    rendererDir,
    readMedia: async (request) => {
      mediaAsked.push(request);
      return undefined;
    },
    dispatch: async () => ({ ok: false, error: { code: 'contract.unknown_method' } }),
  });
});

afterAll(() => host.close());

const CLIMBING_PATHS = [
  '/../secret.txt',
  '/assets/../../secret.txt',
  '/%2e%2e/secret.txt',
  '/%2E%2E%2Fsecret.txt',
  '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
  '/%252e%252e%252fsecret.txt',
  '/%252e%252e/secret.txt',
  '/..%5csecret.txt',
  '/assets\\..\\..\\secret.txt',
  '/%5c..%5c..%5csecret.txt',
  '//secret.txt',
  `/${encodeURIComponent(path.join(os.tmpdir(), 'x', '..', path.basename(os.tmpdir())))}`,
  `/%2f${encodeURIComponent('etc/passwd')}`,
  '/%2fetc%2fpasswd',
  '/C:%5cWindows%5cwin.ini',
  '/%00',
  '/index.html%00.js',
  '/secret.txt%00',
  '/%',
  '/%c0%ae%c0%ae/secret.txt',
  '/link-out.txt',
  '/data-link/settings.json',
  '/data-link/%2e%2e/secret.txt',
  '/data/settings.json',
  `/${'a/'.repeat(2000)}secret.txt`,
];

const shortName = (attempt: string) =>
  attempt.length > 60 ? `${attempt.slice(0, 24)}… (${attempt.length} characters)` : attempt;

describe('the renderer files of browser mode', () => {
  it('are served, also through a symlinked folder and a symlink that stays inside', async () => {
    expect((await get(host, '/')).body).toContain('مداد');
    expect((await get(host, '/assets/app.js')).status).toBe(200);
    expect((await get(host, '/link-in.js')).body).toBe('export {};');
  });

  it.each(CLIMBING_PATHS.map((attempt) => [shortName(attempt), attempt]))(
    'never show what is outside for %s',
    async (_name, attempt) => {
      const answer = await get(host, attempt);
      expect(answer.body).not.toContain(SECRET);
      // `//x` is a URL with a host and the path `/`: the page itself, nothing more.
      if (answer.status === 200) expect(answer.body).toContain('مداد');
      else expect([400, 404]).toContain(answer.status);
    },
  );

  it('refuse the same paths when looked up directly, as the app:// protocol does', async () => {
    const absolute = [
      path.join(root, 'secret.txt'),
      `${rendererDir}/../secret.txt`,
      '\\..\\secret.txt',
      `/${'x'.repeat(5000)}`,
    ];
    for (const attempt of [...CLIMBING_PATHS, ...absolute]) {
      const file = await readStaticFile(rendererDir, attempt);
      expect(file?.body.toString('utf8') ?? '', attempt).not.toContain(SECRET);
      if (file) expect(file.body.toString('utf8'), attempt).toMatch(/مداد|export/);
    }
  });

  it('never serve a folder, only files', async () => {
    expect((await get(host, '/assets')).status).toBe(404);
    expect((await get(host, '/assets/')).status).toBe(404);
  });
});

describe('the media route of browser mode', () => {
  it.each(
    [
      `/media/${DRAFT_ID}/${HASH}/../../../secret.txt`,
      `/media/%2e%2e/%2e%2e/secret.txt`,
      `/media/%252e%252e/${HASH}`,
      `/media/${DRAFT_ID}%5c..%5c..%5csecret.txt/${HASH}`,
      `/media/..\\..\\/${HASH}`,
      `/media//etc/passwd`,
      `/media/${encodeURIComponent(path.join(os.tmpdir(), 'data'))}/${HASH}`,
      `/media/${DRAFT_ID}%00/${HASH}`,
      `/media/${DRAFT_ID}/${HASH}%00.png`,
      `/media/${DRAFT_ID}/${'a'.repeat(5000)}`,
    ].map((attempt) => [shortName(attempt), attempt]),
  )('asks the library nothing for %s', async (_name, attempt) => {
    mediaAsked.length = 0;
    const answer = await get(host, attempt);
    expect(answer.status).toBe(404);
    expect(mediaAsked).toEqual([]);
  });

  it('asks the library only for a well-formed draft id and hash', async () => {
    mediaAsked.length = 0;
    await get(host, `/media/${DRAFT_ID}/${HASH}`);
    expect(mediaAsked).toEqual([{ draftId: DRAFT_ID, hash: HASH }]);
  });
});

describe('the size of a request', () => {
  it('is bounded for the URL and headers of every route (Node refuses above 16 KB)', async () => {
    const answer = await get(host, `/${'a'.repeat(20_000)}`).catch(() => ({
      status: 431,
      body: '',
    }));
    expect(answer.status).toBe(431);
    const header = await get(host, '/', { 'x-padding': 'b'.repeat(20_000) }).catch(() => ({
      status: 431,
      body: '',
    }));
    expect(header.status).toBe(431);
  });

  it('does not matter to a page route, which refuses a body instead of reading it', async () => {
    const answer = await new Promise<number>((resolve) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/',
          method: 'POST',
          headers: {
            Host: `127.0.0.1:${host.port}`,
            Cookie: `midad_token_${host.port}=${host.token}`,
          },
        },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', () => resolve(405));
      req.write(Buffer.alloc(1024 * 1024));
    });
    expect(answer).toBe(405);
  });
});

describe('a request the server cannot read', () => {
  // HTTP lets these through, but the URL parser reads `//…` as a host: `//` alone, `//[` or
  // `//@` is no address at all, and new URL throws on it.
  it.each(['//', '///', '//[', '//@', '//:99999'])(
    'answers the address %s with 400, with the token in a cookie or a header, never 500',
    async (rawPath) => {
      expect((await get(host, rawPath)).status).toBe(400);
      expect((await get(host, rawPath, { Cookie: '', 'x-midad-token': host.token })).status).toBe(
        400,
      );
    },
  );

  it('takes a token cookie that is a broken escape for no token (401), not a 500', async () => {
    const answer = await get(host, '/', { Cookie: `midad_token_${host.port}=%E0%A4%A` });
    expect(answer.status).toBe(401);
  });
});

describe('the token and the address of browser mode', () => {
  it('is new for every run, long and unguessable, and one run refuses another run’s token', async () => {
    const other = await startWebHost({
      rendererDir,
      readMedia: async () => undefined,
      dispatch: async () => ({ ok: true, value: null }),
    });
    try {
      expect(other.token).not.toBe(host.token);
      expect(other.token).toMatch(/^[\w-]{32,}$/);
      const answer = await new Promise<number>((resolve, reject) => {
        http
          .get(
            {
              host: '127.0.0.1',
              port: other.port,
              path: `/?token=${host.token}`,
              headers: { Host: `127.0.0.1:${other.port}` },
            },
            (res) => {
              res.resume();
              resolve(res.statusCode ?? 0);
            },
          )
          .on('error', reject);
      });
      expect(answer).toBe(401);
    } finally {
      await other.close();
    }
  });

  it('cannot be reached on any address but loopback', async () => {
    const external = Object.values(os.networkInterfaces())
      .flat()
      .filter((address) => address && !address.internal)
      .map((address) => address!.address);
    for (const address of external) {
      const reached = await new Promise<boolean>((resolve) => {
        const socket = net.connect({ host: address, port: host.port, timeout: 2000 });
        socket.once('connect', () => (socket.destroy(), resolve(true)));
        socket.once('error', () => resolve(false));
        socket.once('timeout', () => (socket.destroy(), resolve(false)));
      });
      expect(reached, address).toBe(false);
    }
  });
});

describe('a bad call to the API', () => {
  let api: WebHost;
  const asked: string[] = [];

  beforeAll(async () => {
    const handlers = {
      app: {
        getInfo: async () => ({
          name: 'Midad',
          version: '0',
          mode: 'browser',
          dataDir: '/data',
          spellChecking: { checker: 'browser', languages: [] },
          menusLanguage: null,
        }),
      },
      drafts: { open: async () => null },
    };
    const dispatch = createDispatcher(handlers as unknown as HostHandlers);
    api = await startWebHost({
      rendererDir,
      readMedia: async () => undefined,
      dispatch: (methodName, args) => {
        asked.push(methodName);
        return dispatch(methodName, args);
      },
    });
  });

  afterAll(() => api.close());

  function call(
    rawPath: string,
    body: string,
    method = 'POST',
  ): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: api.port,
          path: rawPath,
          method,
          agent: false,
          headers: {
            Host: `127.0.0.1:${api.port}`,
            'content-type': 'application/json',
            'x-midad-token': api.token,
          },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  const errorCode = (answer: { body: string }) =>
    (JSON.parse(answer.body) as { error?: { code?: string } }).error?.code;

  it.each(['/api/%E0%A4%A', '/api/%', '/api/app.%ZZgetInfo', '/api/%C0%AE%C0%AE'])(
    'names no method when its name is a broken escape (%s)',
    async (rawPath) => {
      const answer = await call(rawPath, '[]');
      expect(answer.status).toBe(400);
      expect(errorCode(answer)).toBe('contract.unknown_method');
    },
  );

  it.each(['/api/nothing.here', '/api/__proto__', '/api/constructor', '/api/app.getInfo.extra'])(
    'answers an unknown method with its code (%s)',
    async (rawPath) => {
      const answer = await call(rawPath, '[]');
      expect(answer.status).toBe(200);
      expect(errorCode(answer)).toBe('contract.unknown_method');
    },
  );

  it.each(['{"not":"a list"}', '[42]', '["../../etc"]', 'not json', '', 'null'])(
    'refuses arguments of the wrong type or shape (%s)',
    async (body) => {
      const answer = await call('/api/drafts.open', body);
      expect(answer.status).toBe(200);
      expect(errorCode(answer)).toBe('contract.invalid_arguments');
    },
  );

  it.each(['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])(
    'refuses the HTTP method %s without calling anything',
    async (method) => {
      asked.length = 0;
      const answer = await call('/api/app.getInfo', '[]', method);
      expect(answer.status).toBe(405);
      expect(asked).toEqual([]);
    },
  );

  it('refuses an HTTP method HTTP does not have with 400, before any route', async () => {
    const status = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(api.port, '127.0.0.1', () => {
        socket.end(
          `BREW /api/app.getInfo HTTP/1.1\r\nHost: 127.0.0.1:${api.port}\r\nx-midad-token: ${api.token}\r\ncontent-length: 2\r\n\r\n[]`,
        );
      });
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve(text.split('\r\n')[0] ?? ''));
      socket.on('error', reject);
    });
    expect(status).toBe('HTTP/1.1 400 Bad Request');
  });

  it('answers a good call after all of them', async () => {
    const answer = await call('/api/app.getInfo', '[]');
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true, value: { name: 'Midad' } });
  });
});
