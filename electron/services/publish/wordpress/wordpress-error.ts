// Every failure of a WordPress call as a ServiceError with a stable code, decided by the
// HTTP status and WordPress's `code` only: 6.1 leaves its messages in English on Arabic
// sites, and a message may echo what was sent. Details name the status and code, nothing more.
import type { ErrorCode } from '../../../contract/index.ts';
import { ServiceError } from '../../service-error.ts';

export class WordPressError extends ServiceError {
  /** The HTTP status, or 0 when no answer came. */
  readonly status: number;
  /** WordPress's own `code` (`rest_cannot_publish`), or the network error's (`ECONNREFUSED`). */
  readonly wordpressCode: string | null;
  /** For `term_exists`: the id of the existing term. */
  readonly termId: number | null;
  /** For a 429 or a 503 that said when to come back (`Retry-After`): that wait, in ms. */
  readonly retryAfterMs: number | null;

  constructor(
    code: ErrorCode,
    status: number,
    wordpressCode: string | null,
    termId: number | null = null,
    retryAfterMs: number | null = null,
  ) {
    super(code, [
      status ? `HTTP ${status}` : 'no answer',
      ...(wordpressCode ? [wordpressCode] : []),
    ]);
    this.name = 'WordPressError';
    this.status = status;
    this.wordpressCode = wordpressCode;
    this.termId = termId;
    this.retryAfterMs = retryAfterMs;
  }
}

/** WordPress's error body: `{ code, message, data: { status, term_id? } }`. */
export interface WordPressErrorBody {
  code?: unknown;
  /** Never read: English on Arabic sites, and it may echo what was sent. */
  message?: unknown;
  data?: unknown;
}

const PICTURE_REFUSALS = new Set([
  'midad_upload_needs_post',
  'midad_upload_not_own_post',
  'midad_upload_post_published',
  'midad_upload_not_image',
]);

/** `retryAfterMs`: the wait a 429 or 503 asked for (common/retry/backoff.ts retryAfterMs). */
export function errorFromAnswer(
  status: number,
  body: WordPressErrorBody | null,
  retryAfterMs: number | null = null,
): WordPressError {
  const code =
    typeof body?.code === 'string' && /^[a-z0-9_.-]{1,100}$/i.test(body.code) ? body.code : null;
  return new WordPressError(
    errorCodeFor(status, code, body !== null),
    status,
    code,
    termIdOf(body),
    retryAfterMs,
  );
}

function errorCodeFor(status: number, code: string | null, isJson: boolean): ErrorCode {
  if (status === 401) return 'wordpress.bad_credentials';
  // midad-bridge's contributor uploads (its size refusal is a 413 like WordPress's own).
  if (code !== null && PICTURE_REFUSALS.has(code)) return 'wordpress.picture_not_allowed';
  // Too many requests: the site is busy, as with a 5xx, and the outbox waits and tries again.
  if (status >= 500 || status === 429) return 'wordpress.server_error';
  if (status === 403)
    return code === 'rest_cannot_publish' ? 'wordpress.cannot_publish' : 'wordpress.forbidden';
  if (!isJson) return 'wordpress.not_json';
  if (status === 400) {
    if (code === 'rest_invalid_param') return 'wordpress.invalid_param';
    if (code === 'term_exists') return 'wordpress.term_exists';
    return 'wordpress.bad_request';
  }
  if (status === 404)
    return code === 'rest_post_invalid_id' ? 'wordpress.post_deleted' : 'wordpress.not_found';
  if (status === 413) return 'wordpress.too_large';
  return 'wordpress.rejected';
}

function termIdOf(body: WordPressErrorBody | null): number | null {
  const data = body?.data;
  if (typeof data !== 'object' || data === null) return null;
  const termId = (data as { term_id?: unknown }).term_id;
  return typeof termId === 'number' && Number.isInteger(termId) ? termId : null;
}

// Node's fetch (undici) reports TLS trouble with these codes on the error's cause.
const TLS_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'HOSTNAME_MISMATCH',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/**
 * A request that got no answer. Only the error's code is kept: the raw error is not
 * attached, so nothing of the request (its Authorization header) can reach a log.
 */
export function errorFromNetworkFailure(error: unknown): WordPressError {
  const code = networkCodeOf(error);
  // Chromium's network stack (the desktop app's fetch) names them ERR_CERT_… and ERR_SSL_….
  const isTls =
    code !== null &&
    (TLS_CODES.has(code) ||
      code.startsWith('ERR_SSL_') ||
      code.startsWith('ERR_TLS_') ||
      code.startsWith('ERR_CERT_'));
  return new WordPressError(isTls ? 'wordpress.tls' : 'wordpress.unreachable', 0, code);
}

export function timeoutError(): WordPressError {
  return new WordPressError('wordpress.timeout', 0, null);
}

function networkCodeOf(error: unknown): string | null {
  // undici: TypeError('fetch failed') with the system or TLS error as `cause` (sometimes nested).
  for (let current = error, depth = 0; current && depth < 4; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z0-9_]{2,60}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}
