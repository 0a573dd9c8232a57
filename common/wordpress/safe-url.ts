// Which URLs may reach the published page. Links keep http, https and mailto; images only
// http and https. Anything else (javascript:, data:, file:, a relative path) is refused, so
// the caller drops the link to its text or leaves the image out. A link between a note and
// its marker (common/document/note-links.ts) is the one address inside the page.
import { noteLinkId } from '../document/note-links.ts';

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_PROTOCOLS = new Set(['http:', 'https:']);

export function safeLinkUrl(url: unknown): string | null {
  if (noteLinkId(url) !== null) return url as string;
  return safeUrl(url, LINK_PROTOCOLS);
}

export function safeImageUrl(url: unknown): string | null {
  return safeUrl(url, IMAGE_PROTOCOLS);
}

/** A data: URL of a JPEG, PNG, GIF or WebP in base64, as the HTML export embeds a draft's images. */
export function safeEmbeddedImageUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  return /^data:image\/(?:jpeg|png|gif|webp);base64,[A-Za-z0-9+/]+={0,2}$/.test(url) ? url : null;
}

/** The URL as given (trimmed) when the URL parser, as browsers run it, finds an allowed scheme. */
function safeUrl(url: unknown, protocols: ReadonlySet<string>): string | null {
  if (typeof url !== 'string') return null;
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return null;
  }
  if (!protocols.has(parsed.protocol)) return null;
  // Spaces, controls, quotes and angle brackets go out percent-encoded, as the parser writes them.
  return [...trimmed].some(needsEncoding) ? parsed.href : trimmed;
}

function needsEncoding(char: string): boolean {
  return char <= ' ' || char === '\u007f' || '"<>`'.includes(char);
}
