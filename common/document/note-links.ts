// A note's marker in the text and the note at the end of the article link to each other:
// the marker to "#note-3", the note back to "#note-ref-3". Each link's element carries the id
// the other one points at, so no node needs an id of its own. Only these two forms are
// allowed as links inside the page; any other fragment is not.
const NOTE_LINK = /^#note-(ref-)?([1-9][0-9]{0,3})$/;

/** The link's own id (what the other end points at), or null when the URL is no note link. */
export function noteLinkId(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  const match = NOTE_LINK.exec(url);
  if (!match) return null;
  return match[1] ? `note-${match[2]}` : `note-ref-${match[2]}`;
}

export const noteMarkerUrl = (number: number) => `#note-${number}`;
export const noteBackUrl = (number: number) => `#note-ref-${number}`;
