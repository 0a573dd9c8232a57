// One HTTP exchange with a WordPress site: a timeout on the whole exchange (headers and
// body), the Authorization header kept private, and every failure turned into a
// WordPressError. `fetch` and the clock are given, never taken from globals.
import { isRetryLaterStatus, retryAfterMs } from '../../../../common/retry/backoff.ts';
import type { Clock } from './clock.ts';
import {
  errorFromAnswer,
  errorFromNetworkFailure,
  timeoutError,
  WordPressError,
} from './wordpress-error.ts';

export type Fetch = typeof fetch;

export interface HttpRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Sent as UTF-8 JSON. */
  json?: unknown;
  /** Sent as it is (media uploads), with `headers` saying what it is. */
  body?: Uint8Array;
  headers?: Record<string, string>;
  timeoutMs?: number;
  /** The caller's own cancel; its reason is thrown as it is. */
  signal?: AbortSignal;
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  /** The final URL after redirects. */
  url: string;
  text: string;
  isJson: boolean;
}

export interface JsonAnswer {
  status: number;
  headers: Headers;
  body: unknown;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

export class WordPressHttp {
  readonly #fetch: Fetch;
  readonly #clock: Clock;
  readonly #timeoutMs: number;
  // Private (#) so that inspecting or logging the object never shows it.
  readonly #authorization: string | null;

  constructor(options: {
    fetch: Fetch;
    clock: Clock;
    timeoutMs?: number;
    authorization?: string | null;
  }) {
    this.#fetch = options.fetch;
    this.#clock = options.clock;
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#authorization = options.authorization ?? null;
  }

  /** The answer whatever its status; only a missing answer (network, TLS, timeout) throws. */
  async send(url: string, request: HttpRequest = {}): Promise<HttpAnswer> {
    const timer = new AbortController();
    const cancelTimer = this.#clock.startTimer(request.timeoutMs ?? this.#timeoutMs, () =>
      timer.abort(),
    );
    const signal = request.signal ? AbortSignal.any([timer.signal, request.signal]) : timer.signal;
    const method = request.method ?? 'GET';
    try {
      const response = await this.#fetch(url, {
        method,
        headers: this.#headers(request),
        body:
          request.json !== undefined
            ? JSON.stringify(request.json)
            : request.body && new Uint8Array(request.body),
        signal,
        // A redirected POST would come back as a GET: writes must reach the URL they were sent to.
        redirect: method === 'GET' ? 'follow' : 'manual',
      });
      const text = await response.text();
      const contentType = response.headers.get('content-type') ?? '';
      return {
        status: response.status,
        headers: response.headers,
        url: response.url || url,
        text,
        isJson: /\bjson\b/i.test(contentType),
      };
    } catch (error) {
      if (timer.signal.aborted) throw timeoutError();
      if (request.signal?.aborted) throw request.signal.reason;
      if (error instanceof WordPressError) throw error;
      throw errorFromNetworkFailure(error);
    } finally {
      cancelTimer();
    }
  }

  /** A REST call: a 2xx JSON answer, or the WordPressError its status and code mean. */
  async json(url: string, request: HttpRequest = {}): Promise<JsonAnswer> {
    const answer = await this.send(url, request);
    const body = answer.isJson ? parseJson(answer.text) : undefined;
    if (answer.status < 200 || answer.status >= 300) {
      const errorBody = isRecord(body) ? body : null;
      // A proxy or plugin may echo the request: its `code` would carry the password into the error's details.
      throw errorFromAnswer(
        answer.status,
        errorBody && this.#echoesCredentials(errorBody.code)
          ? { ...errorBody, code: undefined }
          : errorBody,
        isRetryLaterStatus(answer.status)
          ? retryAfterMs(answer.headers.get('retry-after'), this.#clock.now().getTime())
          : null,
      );
    }
    if (body === undefined) throw new WordPressError('wordpress.not_json', answer.status, null);
    return { status: answer.status, headers: answer.headers, body };
  }

  #echoesCredentials(code: unknown): boolean {
    if (typeof code !== 'string' || !this.#authorization) return false;
    const token = this.#authorization.replace(/^Basic /, '');
    const credentials = Buffer.from(token, 'base64').toString('utf8');
    const password = credentials.slice(credentials.indexOf(':') + 1);
    return [token, password].some(
      (secret) =>
        secret.length > 0 && (code.includes(secret) || (code.length >= 6 && secret.includes(code))),
    );
  }

  #headers(request: HttpRequest): Record<string, string> {
    return {
      accept: 'application/json',
      ...(request.json !== undefined ? { 'content-type': 'application/json; charset=utf-8' } : {}),
      ...request.headers,
      ...(this.#authorization ? { authorization: this.#authorization } : {}),
    };
  }
}

function parseJson(text: string): unknown {
  try {
    // Some sites send a UTF-8 byte order mark before the JSON (a BOM left in a plugin file).
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
