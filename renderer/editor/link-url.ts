// Which links the writer may add: the schemes the published page keeps (common/wordpress
// safe-url: http, https, mailto), and only complete ones: a host, or an address for mailto.
// A bare "example.com" is taken to mean https.
import { noteLinkId } from '../../common/document/note-links.ts';
import { safeLinkUrl } from '../../common/wordpress/safe-url.ts';

export function isAllowedLinkUrl(url: string): boolean {
  if (noteLinkId(url) !== null) return true;
  const safe = safeLinkUrl(url);
  if (safe === null) return false;
  const parsed = new URL(safe);
  return parsed.protocol === 'mailto:' ? parsed.pathname.includes('@') : parsed.hostname.length > 0;
}

/** The URL to store for what the writer typed, or null if it is not an allowed link. */
export function normalizeLinkUrl(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === '') return null;
  const hasScheme = /^[a-z][a-z0-9+.-]*:/iu.test(trimmed);
  const candidate = hasScheme
    ? trimmed
    : /^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/u.test(trimmed)
      ? `mailto:${trimmed}`
      : `https://${trimmed}`;
  return isAllowedLinkUrl(candidate) ? candidate : null;
}
