// Which links an article may carry: http, https and mailto only (no javascript:, data:,
// file:). A bare "example.com" is taken to mean https.

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export function isAllowedLinkUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) return false;
    return parsed.protocol === 'mailto:' ? parsed.pathname.includes('@') : parsed.hostname.length > 0;
  } catch {
    return false;
  }
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
