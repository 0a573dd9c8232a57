// Browser mode serves a draft's printed proof at /proof/<draftId> for the browser to print:
// only with the token, only for a draft that exists, and as a page that may run no script.
import { mkdtemp, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleExports } from '../../../../electron/services/export/article-exports.ts';
import type { DraftLibrary } from '../../../../electron/services/drafts/draft-library.ts';
import { startWebHost, type WebHost } from '../../../../electron/web-host/server.ts';
import { content, freshDataDir, openLibrary } from '../services/drafts/library-fixture.ts';

function get(
  host: WebHost,
  pathname: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, path: pathname, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            headers: res.headers,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

let host: WebHost;
let library: DraftLibrary;
let draftId: string;

beforeAll(async () => {
  library = await openLibrary(await freshDataDir());
  draftId = (await library.create(content('نص البروفة'))).id;
  const exports = new ArticleExports({ drafts: async () => library });
  const rendererDir = await mkdtemp(path.join(os.tmpdir(), 'midad-renderer-'));
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html>');
  host = await startWebHost({
    rendererDir,
    readMedia: async () => undefined,
    readProof: (id) => exports.proofHtml(id).catch(() => undefined),
    dispatch: async () => ({ ok: false, error: { code: 'contract.unknown_method' } }),
  });
});

afterAll(() => host.close());

const withCookie = () => ({
  Host: `127.0.0.1:${host.port}`,
  Cookie: `midad_token_${host.port}=${host.token}`,
});

describe('the proof route of browser mode', () => {
  it('serves the draft’s proof as a page that may load only its own inline styles, fonts and images', async () => {
    const answer = await get(host, `/proof/${draftId}`, withCookie());
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.body).toContain('نص البروفة');
    expect(answer.body).toContain('counter(pages)');
    const policy = String(answer.headers['content-security-policy']);
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain('script-src');
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('refuses a request without the token', async () => {
    expect((await get(host, `/proof/${draftId}`, { Host: `127.0.0.1:${host.port}` })).status).toBe(
      401,
    );
  });

  it('finds nothing for a draft that does not exist or an id that is not one', async () => {
    expect((await get(host, '/proof/nosuchdraft1', withCookie())).status).toBe(404);
    expect((await get(host, '/proof/..%2F..%2Fetc', withCookie())).status).toBe(404);
    expect((await get(host, `/proof/${draftId}/x`, withCookie())).status).toBe(404);
  });
});
