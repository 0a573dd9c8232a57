// What the window may load and what leaves the app: pure decisions, applied by
// web-contents-guards.ts and tested without Electron.
import { isAppUrl, parseUrl } from './app-origin.ts';

/** The window may only ever show the app itself; anything else is cancelled. */
export function isNavigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

/** Only web pages and mail links go to the system: never file:, javascript:, data: or app schemes. */
const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export function isSafeExternalUrl(url: string): boolean {
  return externalUrl(url) !== undefined;
}

/** The normalized link to hand to the system, or undefined when it must not leave. */
function externalUrl(url: string): string | undefined {
  const parsed = parseUrl(url);
  if (!parsed || !EXTERNAL_PROTOCOLS.has(parsed.protocol)) return undefined;
  if (parsed.protocol === 'mailto:') return parsed.href;
  // A web link without a host ("https:foo") is malformed, not a page; one with a user name
  // or password ("https://bank.example@evil.example/") is a disguise.
  if (parsed.hostname === '' || parsed.username !== '' || parsed.password !== '') return undefined;
  return parsed.href;
}

export interface WindowOpenDecision {
  /** Midad never opens a second window of its own. */
  action: 'deny';
  /** The link, as the URL parser normalized it, to hand to the system browser or mail client. */
  openExternally?: string;
}

export function decideWindowOpen(url: string): WindowOpenDecision {
  const external = externalUrl(url);
  return external ? { action: 'deny', openExternally: external } : { action: 'deny' };
}
