// Browser mode serves a draft's images at /media/<draftId>/<hash>: only with the token,
// only that draft's own stored images, never anything else on the disk.
import { mkdir, mkdtemp, symlink, unlink, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryMediaReader } from '../../../../electron/host/media-files.ts';
import type { DraftLibrary } from '../../../../electron/services/drafts/draft-library.ts';
import { startWebHost, type WebHost } from '../../../../electron/web-host/server.ts';
import { content, freshDataDir, openLibrary } from '../services/drafts/library-fixture.ts';
import { pngOf } from '../services/drafts/media-images.ts';

function get(
  host: WebHost,
  pathname: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: Buffer; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, path: pathname, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks),
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
let dataDir: string;
let draftA: string;
let draftB: string;
let hashA: string;
let hashB: string;
const image = pngOf(12, 8);

beforeAll(async () => {
  dataDir = await freshDataDir();
  library = await openLibrary(dataDir);
  draftA = (await library.create(content('أ'))).id;
  draftB = (await library.create(content('ب'))).id;
  hashA = (
    await library.addMedia(draftA, { fileName: 'أ.png', mimeType: 'image/png', bytes: image })
  ).hash;
  hashB = (
    await library.addMedia(draftB, { fileName: 'ب.png', mimeType: 'image/png', bytes: pngOf(3, 3) })
  ).hash;
  const rendererDir = await mkdtemp(path.join(os.tmpdir(), 'midad-renderer-'));
  await mkdir(rendererDir, { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html>');
  host = await startWebHost({
    rendererDir,
    readMedia: libraryMediaReader(async () => library),
    dispatch: async () => ({ ok: false, error: { code: 'contract.unknown_method' } }),
  });
});

afterAll(() => host.close());

const withCookie = () => ({
  Host: `127.0.0.1:${host.port}`,
  Cookie: `midad_token_${host.port}=${host.token}`,
});

describe('the media route of browser mode', () => {
  it('serves a draft’s image with its stored type and nosniff', async () => {
    const answer = await get(host, `/media/${draftA}/${hashA}`, withCookie());
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('image/png');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(new Uint8Array(answer.body)).toEqual(image);
  });

  it('needs the token', async () => {
    expect(
      (await get(host, `/media/${draftA}/${hashA}`, { Host: `127.0.0.1:${host.port}` })).status,
    ).toBe(401);
    expect(
      (
        await get(host, `/media/${draftA}/${hashA}`, {
          Host: `attacker.example:${host.port}`,
          Cookie: `midad_token_${host.port}=${host.token}`,
        })
      ).status,
    ).toBe(403);
  });

  it('serves only the draft’s own images, and refuses ids of the wrong form', async () => {
    const attempts = [
      `/media/${draftA}/${hashB}`,
      `/media/${draftA}/${hashA.toUpperCase()}`,
      `/media/${draftA}/${hashA}.png`,
      `/media/${draftA}/${hashA}/x`,
      `/media/${draftA}/%2e%2e/${draftB}/${hashB}`,
      `/media/%2e%2e/drafts/${draftA}/${hashA}`,
      `/media/..%2f..%2fetc/${hashA}`,
      `/media/${draftA}%2fmedia/${hashA}`,
      `/media/short/${hashA}`,
      `/media/${draftA}/${'0'.repeat(64)}`,
    ];
    for (const attempt of attempts) {
      const answer = await get(host, attempt, withCookie());
      expect(answer.status, attempt).toBe(404);
    }
  });

  it('does not follow a stored image replaced by a symlink out of the draft', async () => {
    const secret = path.join(dataDir, 'secret.png');
    await writeFile(secret, image);
    const stored = path.join(dataDir, 'drafts', draftA, 'media', `${hashA}.png`);
    await unlink(stored);
    await symlink(secret, stored);
    const answer = await get(host, `/media/${draftA}/${hashA}`, withCookie());
    expect(answer.status).toBe(404);
  });
});
