// Decides whether an HTTP request may reach browser mode at all. The server listens on
// loopback, but any web page the user opens can still send requests to 127.0.0.1: the
// Host check defeats DNS rebinding, the Origin check cross-site requests, and the
// per-run token everything else (another local user, a page guessing the port).
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-midad-token';
export const TOKEN_QUERY = 'token';

/**
 * The cookie that carries the token for one host. Browsers keep cookies per host name,
 * not per port, so two instances on 127.0.0.1 would overwrite each other's token under
 * one shared name: each port has its own.
 */
export function tokenCookieName(port: number): string {
  return `midad_token_${port}`;
}

export type GuardVerdict =
  | { allowed: true; tokenFrom: 'header' | 'cookie' | 'query'; target: URL }
  | {
      allowed: false;
      status: 400 | 403 | 401;
      reason: 'unreadable_target' | 'foreign_host' | 'foreign_origin' | 'missing_token';
    };

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function checkRequest(request: IncomingMessage, token: string, port: number): GuardVerdict {
  const hosts = allowedHosts(port);
  const host = request.headers.host?.toLowerCase();
  if (!host || !hosts.has(host)) return { allowed: false, status: 403, reason: 'foreign_host' };

  const origin = request.headers.origin;
  if (origin !== undefined && !isOwnOrigin(origin, hosts)) {
    return { allowed: false, status: 403, reason: 'foreign_origin' };
  }

  const target = requestTarget(request);
  if (!target) return { allowed: false, status: 400, reason: 'unreadable_target' };

  const tokenFrom = findToken(request, target, token, port);
  if (!tokenFrom) return { allowed: false, status: 401, reason: 'missing_token' };
  return { allowed: true, tokenFrom, target };
}

/**
 * The request's address as the URL parser reads it, or null where it reads none: HTTP lets
 * `//`, `//[` or `//@` through as a path, and the parser takes what follows `//` for a host.
 */
function requestTarget(request: IncomingMessage): URL | null {
  try {
    return new URL(request.url ?? '/', 'http://127.0.0.1');
  } catch {
    return null;
  }
}

function isOwnOrigin(origin: string, hosts: Set<string>): boolean {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' && hosts.has(url.host);
  } catch {
    return false;
  }
}

function findToken(
  request: IncomingMessage,
  target: URL,
  token: string,
  port: number,
): 'header' | 'cookie' | 'query' | undefined {
  const header = request.headers[TOKEN_HEADER];
  if (typeof header === 'string' && sameSecret(header, token)) return 'header';
  // Before the cookie: the event stream needs to know the page's script gave the token.
  const query = target.searchParams.get(TOKEN_QUERY);
  if (query !== null && sameSecret(query, token)) return 'query';
  const cookie = readCookie(request.headers.cookie, tokenCookieName(port));
  if (cookie !== undefined && sameSecret(cookie, token)) return 'cookie';
  return undefined;
}

function readCookie(cookieHeader: string | undefined, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    // Any page on 127.0.0.1 can set a cookie of this name: a broken escape in it is no token, not a failure.
    if (key === name) return decodedComponent(rest.join('=')) ?? undefined;
  }
  return undefined;
}

/** decodeURIComponent, or null for a broken percent-escape, on which it throws. */
export function decodedComponent(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
