// A post's block markup as a reader reads it: what the conflict diff and the site's
// revisions compare. Comments and tags go, entities are decoded, one block a line; the
// markup comes from the network, so nothing in it is trusted or rendered. Pure.

/** Block markup as text: comments and tags gone, entities decoded, one block (or list item) a line. */
export function blockMarkupText(markup: string): string {
  return decodeEntities(
    markup
      .replace(/<!--[\s\S]*?-->/g, '\n')
      .replace(/<\/(p|h[1-6]|li|figcaption|cite|blockquote|figure)>/gi, '\n')
      // A line break inside a block is a line of its own, as the writer saw it.
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<[^>]*>/g, ''),
  )
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** The entities WordPress and the serializer write, by name or number; any other is left as it is. */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|#039|apos|nbsp);/gi,
    (entity, name: string) => {
      const lower = name.toLowerCase();
      if (lower.startsWith('#x')) return codePoint(Number.parseInt(lower.slice(2), 16), entity);
      if (lower.startsWith('#')) return codePoint(Number.parseInt(lower.slice(1), 10), entity);
      return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[lower] ?? entity;
    },
  );
}

// &#99999999; from a hostile post would make fromCodePoint throw: keep it as written.
function codePoint(value: number, entity: string): string {
  return value <= 0x10ffff ? String.fromCodePoint(value) : entity;
}
