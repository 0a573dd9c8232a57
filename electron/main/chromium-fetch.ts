// The fetch the desktop app gives its services for WordPress: requests go through
// Chromium's network stack (net.request), so the system's proxy settings and certificate
// store apply as in a browser. Browser mode and the tests keep Node's fetch.
//
// Built on net.request rather than net.fetch, whose documented limits break what the
// WordPress client relies on (https://www.electronjs.org/docs/latest/api/net#netfetchinput-init):
// its Response's `url` is wrong (the client reads the address after redirects), and with
// redirect 'manual' it rejects instead of answering the 3xx (electron/electron#43715).
import type { ClientRequest, ClientRequestConstructorOptions, IncomingMessage } from 'electron';
import type { Fetch } from '../services/publish/wordpress/wordpress-http.ts';

/** The part of Electron's ClientRequest used here; `net.request` is checked against it. */
export interface ChromiumRequest {
  on(event: 'response', listener: (response: ChromiumResponse) => void): this;
  on(
    event: 'redirect',
    listener: (
      statusCode: number,
      method: string,
      redirectUrl: string,
      responseHeaders: Record<string, string[]>,
    ) => void,
  ): this;
  on(event: 'error', listener: (error: Error) => void): this;
  setHeader(name: string, value: string): void;
  write(chunk: Buffer): void;
  end(): void;
  abort(): void;
}

/** The part of Electron's IncomingMessage used here. */
export interface ChromiumResponse extends Pick<
  IncomingMessage,
  'statusCode' | 'statusMessage' | 'headers'
> {
  on(event: 'data', listener: (chunk: Buffer) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export type OpenChromiumRequest = (options: ClientRequestConstructorOptions) => ChromiumRequest;

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

export function chromiumFetch(openRequest: OpenChromiumRequest): Fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const { protocol } = new URL(request.url);
    // net.request also reaches file: and app://; a WordPress address is only ever http(s).
    if (protocol !== 'http:' && protocol !== 'https:')
      throw new TypeError(`fetch failed: ${protocol} is not http(s)`);
    request.signal.throwIfAborted();
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
    return exchange(openRequest, request, body);
  };
}

function exchange(
  openRequest: OpenChromiumRequest,
  request: Request,
  body: Buffer | undefined,
): Promise<Response> {
  return new Promise<Response>((resolve, reject) => {
    let settled = false;
    // Set while the answer's body streams: a failure then ends the body, not the promise.
    let bodyController: ReadableStreamDefaultController<Uint8Array> | undefined;
    let currentUrl = request.url;
    const hasCredentials = request.headers.has('authorization');
    const netRequest = openRequest({
      method: request.method,
      url: request.url,
      // In 'manual' the 3xx comes back as the response, as with Node's fetch (below).
      redirect: request.redirect,
      // No cookies of the session: the client authenticates with its own header.
      useSessionCookies: false,
    });
    const fail = (error: unknown) => {
      bodyController?.error(error);
      bodyController = undefined;
      if (settled) return;
      settled = true;
      reject(error);
    };
    const answer = (response: Response) => {
      settled = true;
      // A body still streaming can be cut by the signal; a response without one is done.
      if (!response.body) request.signal.removeEventListener('abort', onAbort);
      // A constructed Response has an empty url; the client needs the final address.
      Object.defineProperty(response, 'url', { value: currentUrl });
      resolve(response);
    };
    const onAbort = () => {
      netRequest.abort();
      fail(request.signal.reason);
    };
    request.signal.addEventListener('abort', onAbort, { once: true });

    netRequest.on('redirect', (statusCode, _method, redirectUrl, responseHeaders) => {
      if (request.redirect === 'manual') {
        // Not following ends the request (ClientRequest's documented 'redirect' event).
        netRequest.abort();
        try {
          answer(new Response(null, { status: statusCode, headers: headersOf(responseHeaders) }));
        } catch (error) {
          fail(new TypeError('fetch failed', { cause: error }));
        }
        return;
      }
      // Node's fetch drops Authorization on a redirect to another origin; a followed
      // ClientRequest keeps its headers, so such a redirect is refused instead.
      if (hasCredentials && new URL(redirectUrl).origin !== new URL(currentUrl).origin) {
        netRequest.abort();
        fail(
          new TypeError('fetch failed: a redirect to another origin would carry the credentials'),
        );
        return;
      }
      currentUrl = redirectUrl;
    });
    netRequest.on('response', (message) => {
      if (settled) return;
      const hasBody = !NULL_BODY_STATUSES.has(message.statusCode) && request.method !== 'HEAD';
      const stream = hasBody
        ? new ReadableStream<Uint8Array>({
            start(controller) {
              bodyController = controller;
              message.on('data', (chunk) => bodyController?.enqueue(new Uint8Array(chunk)));
              message.on('end', () => {
                request.signal.removeEventListener('abort', onAbort);
                bodyController?.close();
                bodyController = undefined;
              });
              message.on('error', (error) => fail(networkFailure(error)));
            },
            cancel() {
              netRequest.abort();
            },
          })
        : null;
      try {
        answer(
          new Response(stream, {
            status: message.statusCode,
            statusText: message.statusMessage,
            headers: headersOf(message.headers),
          }),
        );
      } catch (error) {
        // Thrown inside an event listener it would reach no one, and the call would hang.
        netRequest.abort();
        fail(new TypeError('fetch failed', { cause: error }));
      }
    });
    netRequest.on('error', (error) => fail(networkFailure(error)));

    for (const [name, value] of request.headers) netRequest.setHeader(name, textOfBytes(value));
    if (body) netRequest.write(body);
    netRequest.end();
  });
}

function headersOf(raw: Record<string, string | string[]>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    for (const one of Array.isArray(value) ? value : [value])
      headers.append(name, bytesOfText(one));
  }
  return headers;
}

// fetch's header values are byte strings (one character a byte: the upload's file name is
// its UTF-8 bytes). Electron hands header strings to Chromium as UTF-8 and back
// (gin's std::string conversion in shell/common/api/electron_api_url_loader.cc and
// net_converter.cc), so the bytes are turned into that text on the way out, and back.
function textOfBytes(byteString: string): string {
  const bytes = Buffer.from(byteString, 'latin1');
  const text = bytes.toString('utf8');
  // Bytes that are not UTF-8 would come out as U+FFFD: those are sent as they are.
  return Buffer.from(text, 'utf8').equals(bytes) ? text : byteString;
}

function bytesOfText(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

/**
 * Like Node's fetch: TypeError('fetch failed') with the cause's code. Chromium names its
 * errors "net::ERR_CERT_AUTHORITY_INVALID" (net::ErrorToString), so the code is that name.
 */
function networkFailure(error: Error): TypeError {
  const code = /^net::(ERR_[A-Z0-9_]+)$/.exec(error.message)?.[1];
  return new TypeError('fetch failed', { cause: code ? { code } : error });
}

type Holds<Check extends true> = Check;
/** Fails to compile if Electron's own objects stop fitting the parts used here (tests' stand-ins implement these). */
export type ElectronObjectsFit = Holds<
  ClientRequest extends ChromiumRequest
    ? IncomingMessage extends ChromiumResponse
      ? true
      : false
    : false
>;
