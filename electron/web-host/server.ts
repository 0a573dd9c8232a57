// Browser mode: the built renderer and the contract over HTTP, on 127.0.0.1 only, and the
// host's events as one event stream. Every request carries the per-run token (query on
// first load, then an HttpOnly cookie for assets, the X-Midad-Token header for API calls,
// the query again for the event stream, which EventSource cannot give a header).
import { randomBytes } from 'node:crypto';
import type * as NodeHttp from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../host/dispatcher.ts';
import { checkRequest, decodedComponent, tokenCookieName } from './request-guard.ts';
import { openEventStreams, type HostEventsSubscription } from './event-stream.ts';
import { APP_RESPONSE_HEADERS } from '../host/content-security-policy.ts';
import { isMediaPath, parseMediaPath, type MediaReader } from '../host/media-files.ts';
import { loadStaticFiles, readStaticFile } from '../host/static-files.ts';
import { DRAFT_ID_PATTERN } from '../id-formats.ts';

// Required, not imported: importing node:http as an ES module makes Node build its module
// facade, which reads every export, lazy ones included, and so loads undici (fetch's
// engine) at each start: about 50 ms of the web host's start, measured with --cpu-prof.
const http = createRequire(import.meta.url)('node:http') as typeof NodeHttp;

/**
 * An image comes as base64 (20 MB is about 27 MB of text) and a .midad file carries its
 * images: the contract's own limit on an import (100 MB of text) is the bound.
 */
const MAX_BODY_BYTES = 112 * 1024 * 1024;
const API_PREFIX = '/api/';
/** The event stream's path: under /api/, never a contract method (those have a dot). */
export const EVENTS_PATH = '/api/events';

export interface WebHostOptions {
  dispatch: Dispatch;
  /** The draft images under /media/<draftId>/<hash>. */
  readMedia: MediaReader;
  rendererDir: string;
  /** A draft's printed proof under /proof/<draftId>, which the renderer opens and prints (browser mode's PDF). */
  readProof?: (draftId: string) => Promise<string | undefined>;
  /** The host's events, for the event stream; without it the stream stays open and silent. */
  subscribeEvents?: HostEventsSubscription;
  /** How often an idle event stream says it is alive (proxies and the browser drop silent ones). */
  heartbeatMs?: number;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
}

export interface WebHost {
  url: string;
  /** The URL to open: carries the token once, the page then keeps it in a cookie. */
  openUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = options.port ?? 0;
  const eventStreams = openEventStreams(options.subscribeEvents, options.heartbeatMs);
  // Read while the server starts listening and the browser connects: the first request
  // waits for it at most the few ms it has left. A folder that cannot be read into memory
  // is served from disk, with the same checks.
  const rendererFiles = loadStaticFiles(options.rendererDir).catch(
    () => (urlPath: string) => readStaticFile(options.rendererDir, urlPath),
  );
  const server = http.createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'internal error');
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const verdict = checkRequest(request, token, port);
    if (!verdict.allowed) {
      request.resume();
      send(response, verdict.status, 'text/plain; charset=utf-8', verdict.reason);
      return;
    }
    const { pathname } = verdict.target;
    if (pathname === EVENTS_PATH) {
      // A cookie rides along on any request; only the page's own script knows the token
      // it puts in the stream's address (from its meta tag), as in an API call's header.
      if (verdict.tokenFrom !== 'query' && verdict.tokenFrom !== 'header') {
        request.resume();
        send(response, 401, 'text/plain; charset=utf-8', 'missing_token');
      } else if (request.method !== 'GET') {
        send(response, 405, 'text/plain; charset=utf-8', 'method not allowed');
      } else {
        eventStreams.open(response, APP_RESPONSE_HEADERS);
      }
      return;
    }
    if (pathname.startsWith(API_PREFIX)) {
      await handleApi(request, response, pathname.slice(API_PREFIX.length), verdict.tokenFrom);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, 'text/plain; charset=utf-8', 'method not allowed');
      return;
    }
    // Matched on the path as sent, before the URL parser resolves `..` and `%2e%2e`.
    const rawPath = (request.url ?? '/').split('?')[0];
    if (isMediaPath(rawPath)) {
      const wanted = parseMediaPath(rawPath);
      const media = wanted && (await options.readMedia(wanted));
      if (!media) send(response, 404, 'text/plain; charset=utf-8', 'not found');
      else
        send(
          response,
          200,
          media.contentType,
          request.method === 'HEAD' ? '' : Buffer.from(media.body),
        );
      return;
    }
    const proofId = /^\/proof\/([^/]*)$/.exec(rawPath)?.[1];
    if (proofId !== undefined) {
      const proof = DRAFT_ID_PATTERN.test(proofId) ? await options.readProof?.(proofId) : undefined;
      if (proof === undefined) send(response, 404, 'text/plain; charset=utf-8', 'not found');
      else
        send(
          response,
          200,
          'text/html; charset=utf-8',
          request.method === 'HEAD' ? '' : proof,
          PROOF_HEADERS,
        );
      return;
    }
    const file = await (await rendererFiles)(pathname === '/' ? '/index.html' : pathname);
    if (!file) {
      send(response, 404, 'text/plain; charset=utf-8', 'not found');
      return;
    }
    if (verdict.tokenFrom === 'query') {
      response.setHeader(
        'Set-Cookie',
        `${tokenCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`,
      );
    }
    const body = file.contentType.startsWith('text/html') ? withToken(file.body, token) : file.body;
    send(response, 200, file.contentType, body);
  }

  async function handleApi(
    request: IncomingMessage,
    response: ServerResponse,
    methodName: string,
    tokenFrom: 'header' | 'cookie' | 'query',
  ): Promise<void> {
    // A cookie rides along on any request the browser makes; only our own script can
    // set the header, so API calls must carry it there.
    if (tokenFrom !== 'header') {
      request.resume();
      send(response, 401, 'text/plain; charset=utf-8', 'missing_token');
      return;
    }
    if (request.method !== 'POST') {
      // Read and dropped, so that a body sent along does not break the connection's next call.
      request.resume();
      send(response, 405, 'text/plain; charset=utf-8', 'method not allowed');
      return;
    }
    const method = decodedComponent(methodName);
    if (method === null) {
      request.resume();
      // No method has a name that is not valid UTF-8 once decoded: refused as the dispatcher refuses an unknown one.
      send(
        response,
        400,
        'application/json; charset=utf-8',
        JSON.stringify({ ok: false, error: { code: 'contract.unknown_method' } }),
      );
      return;
    }
    if (!request.headers['content-type']?.startsWith('application/json')) {
      send(response, 415, 'text/plain; charset=utf-8', 'json only');
      return;
    }
    const body = await readBody(request);
    if (body === undefined) {
      send(response, 413, 'text/plain; charset=utf-8', 'too large');
      return;
    }
    let args: unknown;
    try {
      args = JSON.parse(body.toString('utf8'));
    } catch {
      args = undefined;
    }
    const envelope = await options.dispatch(method, args);
    send(response, 200, 'application/json; charset=utf-8', JSON.stringify(envelope));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    openUrl: `${url}?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        eventStreams.closeAll();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The page's script reads the token from this meta tag for its API calls. */
function withToken(html: Buffer, token: string): string {
  return html
    .toString('utf8')
    .replace(
      '<meta charset="utf-8">',
      `<meta charset="utf-8">\n    <meta name="midad-token" content="${token}">`,
    );
}

function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(undefined);
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

// The proof carries its fonts, images and styles inline and runs no script at all.
const PROOF_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
};

function send(
  response: ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
  headers = {},
): void {
  response.writeHead(status, {
    ...APP_RESPONSE_HEADERS,
    ...headers,
    'content-type': contentType,
    'cache-control': 'no-store',
    'x-frame-options': 'DENY',
  });
  response.end(body);
}
