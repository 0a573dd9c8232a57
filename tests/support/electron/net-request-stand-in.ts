// A stand-in for Electron's net.request over Node's http, for unit tests of what the desktop
// app builds on it. It copies ClientRequest's documented behaviour
// (https://www.electronjs.org/docs/latest/api/client-request):
// - redirect 'follow' emits 'redirect' and follows; 'error' fails; 'manual' emits 'redirect'
//   and cancels the request ("Redirect was cancelled") unless followRedirect() is called
//   during the event (lib/common/api/net-client-request.ts);
// - failures are Error(net::ErrorToString(code)), e.g. "net::ERR_CONNECTION_REFUSED";
// - the response is an IncomingMessage: statusCode, statusMessage, headers, 'data'/'end'/'error';
// - header strings reach Chromium as UTF-8 and come back decoded from UTF-8 (gin's
//   std::string conversion), where Node's http writes and reads them as latin1.
// - the wire speaks plain http only (no proxy, no TLS): Chromium's own are not copied.
// Typed against electron.d.ts through ChromiumRequest and ChromiumResponse, which
// electron/main/main.ts checks net.request's ClientRequest against.
import type { ClientRequestConstructorOptions } from 'electron';
import { EventEmitter } from 'node:events';
import http from 'node:http';
import type {
  ChromiumRequest,
  ChromiumResponse,
  OpenChromiumRequest,
} from '../../../electron/main/chromium-fetch.ts';

/** Every request the stand-in sent over the wire: method, URL, headers, body. */
export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: Buffer;
}

export function standInNetRequest(sent: SentRequest[] = []): OpenChromiumRequest {
  return (options) => new StandInClientRequest(options, sent);
}

class StandInClientRequest extends EventEmitter implements ChromiumRequest {
  readonly #options: ClientRequestConstructorOptions;
  readonly #sent: SentRequest[];
  readonly #headers: Record<string, string> = {};
  readonly #chunks: Buffer[] = [];
  #wire: http.ClientRequest | undefined;
  #aborted = false;
  #followed = false;

  constructor(options: ClientRequestConstructorOptions, sent: SentRequest[]) {
    super();
    this.#options = options;
    this.#sent = sent;
  }

  setHeader(name: string, value: string): void {
    this.#headers[name] = Buffer.from(value, 'utf8').toString('latin1');
  }

  write(chunk: Buffer): void {
    this.#chunks.push(chunk);
  }

  end(): void {
    this.#send(this.#options.method ?? 'GET', this.#options.url ?? '', Buffer.concat(this.#chunks));
  }

  abort(): void {
    this.#aborted = true;
    this.#wire?.destroy();
  }

  followRedirect(): void {
    this.#followed = true;
  }

  #send(method: string, url: string, body: Buffer): void {
    this.#sent.push({ method, url, headers: { ...this.#headers }, body });
    const wire = http.request(url, { method, headers: this.#headers }, (response) => {
      if (this.#aborted) return response.resume();
      const location = response.headers.location;
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && location) {
        response.resume();
        this.#redirect(method, status, new URL(location, url).href, response, body);
        return;
      }
      this.emit('response', new StandInIncomingMessage(response));
    });
    wire.on('error', (error: NodeJS.ErrnoException) => {
      if (!this.#aborted)
        this.emit('error', new Error(`net::${CHROMIUM_ERRORS[error.code ?? ''] ?? 'ERR_FAILED'}`));
    });
    this.#wire = wire;
    // Written before end(): with a known length Node's http re-encodes a Content-Disposition
    // value (_http_outgoing.js) and would not send the bytes Chromium sends.
    if (body.length > 0) wire.write(body);
    wire.end();
  }

  #redirect(
    method: string,
    status: number,
    newUrl: string,
    response: http.IncomingMessage,
    body: Buffer,
  ): void {
    const policy = this.#options.redirect ?? 'follow';
    if (policy === 'error')
      return void this.emit(
        'error',
        new Error("Attempted to redirect, but redirect policy was 'error'"),
      );
    const newMethod =
      status === 303 || ((status === 301 || status === 302) && method === 'POST') ? 'GET' : method;
    this.#followed = policy === 'follow';
    this.emit('redirect', status, newMethod, newUrl, rawHeaders(response));
    if (this.#aborted) return;
    if (!this.#followed) return void this.emit('error', new Error('Redirect was cancelled'));
    this.#send(newMethod, newUrl, newMethod === method ? body : Buffer.alloc(0));
  }
}

class StandInIncomingMessage extends EventEmitter implements ChromiumResponse {
  readonly statusCode: number;
  readonly statusMessage: string;
  readonly headers: Record<string, string | string[]>;

  constructor(response: http.IncomingMessage) {
    super();
    this.statusCode = response.statusCode ?? 0;
    this.statusMessage = response.statusMessage ?? '';
    this.headers = Object.fromEntries(
      Object.entries(response.headers)
        .filter((entry): entry is [string, string | string[]] => entry[1] !== undefined)
        .map(([name, value]) => [
          name,
          Array.isArray(value) ? value.map(fromWire) : fromWire(value),
        ]),
    );
    response.on('data', (chunk: Buffer) => this.emit('data', chunk));
    response.on('end', () => this.emit('end'));
    response.on('error', () => this.emit('error', new Error('net::ERR_CONNECTION_RESET')));
  }
}

function rawHeaders(response: http.IncomingMessage): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(response.headers).map(([name, value]) => [
      name,
      (Array.isArray(value) ? value : [String(value)]).map(fromWire),
    ]),
  );
}

/** Node's http reads header bytes as latin1; Chromium's come to JavaScript decoded as UTF-8. */
function fromWire(value: string): string {
  return Buffer.from(value, 'latin1').toString('utf8');
}

/** Node's error codes and the names Chromium's network stack gives the same failures. */
const CHROMIUM_ERRORS: Record<string, string> = {
  ECONNREFUSED: 'ERR_CONNECTION_REFUSED',
  ECONNRESET: 'ERR_CONNECTION_RESET',
  ENOTFOUND: 'ERR_NAME_NOT_RESOLVED',
};
