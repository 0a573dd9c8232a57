// WordPress block delimiters around a block's HTML: `<!-- wp:name {attrs} -->…<!-- /wp:name -->`.
// Attributes are encoded as WordPress's own serializeAttributes does, so nothing in them can
// end the comment (`--`, `>`) or be taken for markup (`<`, `&`).

export type BlockAttributes = Record<string, string | number | boolean>;

export function serializeBlockAttributes(attributes: BlockAttributes): string {
  return (
    JSON.stringify(attributes)
      .replace(/--/g, '\\u002d\\u002d')
      .replace(/</g, '\\u003c')
      .replace(/>/g, '\\u003e')
      .replace(/&/g, '\\u0026')
      // WordPress unslashes post content on save, which would turn \" into a bare quote.
      .replace(/\\"/g, '\\u0022')
  );
}

/** A core block (`core/` is left out of the delimiter, as WordPress writes it). */
export function coreBlock(name: string, attributes: BlockAttributes, html: string): string {
  const encoded =
    Object.keys(attributes).length > 0 ? ` ${serializeBlockAttributes(attributes)}` : '';
  return `<!-- wp:${name}${encoded} -->\n${html}\n<!-- /wp:${name} -->`;
}

/** Inner blocks as WordPress's serializer joins them. */
export function joinBlocks(blocks: readonly string[]): string {
  return blocks.join('\n\n');
}
