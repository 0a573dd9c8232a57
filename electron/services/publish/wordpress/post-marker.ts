// How a retry finds the post an earlier attempt already created when its answer was lost.
//
// The outbox draws a marker for each create intent and writes it to disk before the
// request. The marker travels in the post's content, as an extra attribute in the comment
// of the first block (`<!-- wp:paragraph {"midadMarker":"midad…"} -->`): WordPress's search
// (`?search=`, LIKE over title, excerpt and content) finds it with `status=any`, and
// `content.raw` (context=edit) confirms it exactly. It is invisible to readers (block
// comments are not rendered), survives kses for every role (block comments are kept),
// leaves the block valid (the validator compares markup, and the editor ignores attributes
// a block does not declare) and needs no plugin: post meta would, since WordPress exposes
// meta over REST only when it is registered. Slug, title and excerpt are the user's.
import { randomBytes } from 'node:crypto';

const MARKER_ATTRIBUTE = 'midadMarker';
/** One search term for WordPress: letters and digits only (no leading '-', no spaces or quotes). */
const MARKER_PATTERN = /^midad[a-z0-9]{20,40}$/;

export function newPostMarker(random: (size: number) => Uint8Array = randomBytes): string {
  return `midad${Buffer.from(random(15)).toString('hex')}`;
}

export function isPostMarker(value: string): boolean {
  return MARKER_PATTERN.test(value);
}

// The opening comment of the first block: name, optional JSON attributes, optional void slash.
const FIRST_BLOCK =
  /^(\s*<!--\s+wp:[a-z][a-z0-9_-]*(?:\/[a-z][a-z0-9_-]*)?\s+)(\{[\s\S]*?\}\s+)?(\/?-->)/;

/** The content with the marker in its first block's attributes; every other byte unchanged. */
export function markContent(content: string, marker: string): string {
  if (!isPostMarker(marker)) throw new Error('not a Midad post marker');
  // Nothing left to publish (every part of the text was refused): the marker still needs a block.
  if (content.trim() === '') return `<!-- wp:paragraph {"${MARKER_ATTRIBUTE}":"${marker}"} /-->`;
  const match = FIRST_BLOCK.exec(content);
  if (!match) throw new Error('content to mark must start with a block');
  const [whole, opening = '', attributes, closing = ''] = match;
  const entry = `"${MARKER_ATTRIBUTE}":"${marker}"`;
  const newAttributes =
    !attributes || /^\{\s*\}\s+$/.test(attributes)
      ? `{${entry}} `
      : attributes.replace(/^\{/, `{${entry},`);
  return `${opening}${newAttributes}${closing}${content.slice(whole.length)}`;
}

/** Whether `content` (a post's `content.raw`) carries exactly this marker. */
export function hasMarker(content: string, marker: string): boolean {
  return content.includes(`"${MARKER_ATTRIBUTE}":"${marker}"`);
}

/** The content without the marker: what the serializer produced. */
export function unmarkContent(content: string, marker: string): string {
  return content
    .replace(`{"${MARKER_ATTRIBUTE}":"${marker}"} `, '')
    .replace(`"${MARKER_ATTRIBUTE}":"${marker}",`, '');
}
