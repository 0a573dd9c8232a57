// Browser mode's event stream: only the page's own script (its token in the address, its
// Host, its Origin) may listen; the host's events arrive as they happen; closing the host
// ends the stream.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HostEvent } from '../../../../electron/contract/index.ts';
import { createHostEventBus, type HostEventBus } from '../../../../electron/host/host-events.ts';
import { EVENTS_PATH, startWebHost, type WebHost } from '../../../../electron/web-host/server.ts';

interface OpenStream {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Everything received so far. */
  text: () => string;
  /** Resolves once the received text matches. */
  until: (pattern: RegExp) => Promise<string>;
  ended: Promise<void>;
  close: () => void;
}

function openStream(
  host: WebHost,
  pathname: string,
  headers: Record<string, string> = {},
): Promise<OpenStream> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: pathname,
        headers: { Host: `127.0.0.1:${host.port}`, ...headers },
      },
      (response) => {
        let received = '';
        const waiters: (() => void)[] = [];
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          received += chunk;
          for (const wake of waiters.splice(0)) wake();
        });
        const ended = new Promise<void>((done) => response.on('end', done).on('close', done));
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          text: () => received,
          until: async (pattern) => {
            while (!pattern.test(received)) await new Promise<void>((wake) => waiters.push(wake));
            return received;
          },
          ended,
          close: () => request.destroy(),
        });
      },
    );
    request.on('error', reject);
    request.end();
  });
}

function dataLines(text: string): HostEvent[] {
  return [...text.matchAll(/^data: (.*)$/gm)].map((match) => JSON.parse(match[1]!) as HostEvent);
}

let host: WebHost;
let bus: HostEventBus;
/** How many subscriptions the server holds on the host's events right now. */
let subscriptions = 0;

beforeEach(async () => {
  const rendererDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'midad-events-')), 'renderer');
  await mkdir(rendererDir);
  await writeFile(
    path.join(rendererDir, 'index.html'),
    '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>',
  );
  bus = createHostEventBus();
  subscriptions = 0;
  host = await startWebHost({
    rendererDir,
    readMedia: async () => undefined,
    dispatch: async () => ({ ok: false, error: { code: 'contract.unknown_method' } }),
    subscribeEvents: (listener) => {
      subscriptions += 1;
      const unsubscribe = bus.subscribe(listener);
      return () => {
        subscriptions -= 1;
        unsubscribe();
      };
    },
    heartbeatMs: 50,
  });
});

afterEach(() => host.close());

describe('the event stream', () => {
  it('is refused without the token, and with only the cookie any request carries', async () => {
    const none = await openStream(host, EVENTS_PATH);
    expect(none.status).toBe(401);
    const cookieOnly = await openStream(host, EVENTS_PATH, {
      Cookie: `midad_token_${host.port}=${host.token}`,
    });
    expect(cookieOnly.status).toBe(401);
    const wrong = await openStream(host, `${EVENTS_PATH}?token=not-the-token`);
    expect(wrong.status).toBe(401);
  });

  it('is refused to another site and to a foreign Host, even with the token', async () => {
    const foreignOrigin = await openStream(host, `${EVENTS_PATH}?token=${host.token}`, {
      Origin: 'http://evil.test',
    });
    expect(foreignOrigin.status).toBe(403);
    const rebound = await openStream(host, `${EVENTS_PATH}?token=${host.token}`, {
      Host: `evil.test:${host.port}`,
    });
    expect(rebound.status).toBe(403);
  });

  it('brings the host’s events to the page as they happen, and says it is alive while idle', async () => {
    const stream = await openStream(host, `${EVENTS_PATH}?token=${host.token}`);
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toMatch(/^text\/event-stream/);
    await stream.until(/: open/);

    bus.emit('sites.changed', {});
    bus.emit('drafts.changed', { draftId: 'draft-12345678', change: 'remote' });
    await stream.until(/draft-12345678/);
    expect(dataLines(stream.text())).toEqual([
      { name: 'sites.changed', payload: {} },
      { name: 'drafts.changed', payload: { draftId: 'draft-12345678', change: 'remote' } },
    ]);
    await stream.until(/: alive/);
    stream.close();
  });

  it('reaches every open page, and each page that leaves stops listening', async () => {
    const first = await openStream(host, `${EVENTS_PATH}?token=${host.token}`);
    const second = await openStream(host, `${EVENTS_PATH}?token=${host.token}`);
    await Promise.all([first.until(/: open/), second.until(/: open/)]);
    bus.emit('sites.changed', {});
    await Promise.all([first.until(/sites\.changed/), second.until(/sites\.changed/)]);

    first.close();
    await first.ended;
    bus.emit('publish.jobsRemoved', { jobIds: ['job-12345678'] });
    await second.until(/jobsRemoved/);
    expect(first.text()).not.toMatch(/jobsRemoved/);
    // One subscription serves every page, and none is held once the last page is gone.
    expect(subscriptions).toBe(1);
    second.close();
    await second.ended;
    await expect.poll(() => subscriptions).toBe(0);
  });

  it('is ended when the host closes, so shutting down waits for no open page', async () => {
    const stream = await openStream(host, `${EVENTS_PATH}?token=${host.token}`);
    await stream.until(/: open/);
    await host.close();
    await stream.ended;
  });
});
