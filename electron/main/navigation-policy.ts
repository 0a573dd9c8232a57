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
  const parsed = parseUrl(url);
  if (!parsed || !EXTERNAL_PROTOCOLS.has(parsed.protocol)) return false;
  // A web link without a host ("https:foo") is malformed, not a page.
  return parsed.protocol === 'mailto:' || parsed.hostname !== '';
}

export interface WindowOpenDecision {
  /** Midad never opens a second window of its own. */
  action: 'deny';
  /** The link to hand to the system browser or mail client, if it is safe to. */
  openExternally?: string;
}

export function decideWindowOpen(url: string): WindowOpenDecision {
  return isSafeExternalUrl(url) ? { action: 'deny', openExternally: url } : { action: 'deny' };
}
