// A post's block markup cut into its top-level blocks, each with its exact source text, as
// WordPress's own parser finds the delimiters (`<!-- wp:name {attrs} -->`, `/-->` for a void
// block). Text outside any block is classic (freeform) content. Pure; nothing is trusted.

export interface TopLevelBlock {
  /** `core/paragraph`, `core/gallery`, `acme/widget`; `core/freeform` for classic content. */
  name: string;
  /** The block exactly as it stands in the post, delimiters included. */
  source: string;
  /** The attributes of its opening delimiter, or {} when absent or unreadable. */
  attributes: Record<string, unknown>;
  /** Between the delimiters; '' for a void block and for classic content. */
  inner: string;
}

// WordPress's block delimiter, simplified: the attributes end at the first `}` before `-->`.
const DELIMITER =
  /<!--\s+(\/)?wp:([a-z][a-z0-9_-]*(?:\/[a-z][a-z0-9_-]*)?)\s+(\{[\s\S]*?\}\s+)?(\/)?-->/g;

export function splitTopLevelBlocks(markup: string): TopLevelBlock[] {
  const blocks: TopLevelBlock[] = [];
  let depth = 0;
  let start = 0;
  let open: { name: string; attributes: Record<string, unknown>; innerStart: number } | null = null;
  let freeformFrom = 0;
  for (const match of markup.matchAll(DELIMITER)) {
    const [text, closing, rawName, rawAttributes, selfClosing] = match;
    const at = match.index;
    const name = rawName!.includes('/') ? rawName! : `core/${rawName}`;
    if (depth === 0 && !closing) {
      pushFreeform(blocks, markup.slice(freeformFrom, at));
      start = at;
      if (selfClosing) {
        blocks.push({ name, source: text, attributes: attributesOf(rawAttributes), inner: '' });
        freeformFrom = at + text.length;
        continue;
      }
      open = { name, attributes: attributesOf(rawAttributes), innerStart: at + text.length };
      depth = 1;
    } else if (selfClosing) {
      continue;
    } else if (closing) {
      depth -= 1;
      if (depth === 0 && open) {
        const end = at + text.length;
        blocks.push({
          name: open.name,
          source: markup.slice(start, end),
          attributes: open.attributes,
          inner: markup.slice(open.innerStart, at),
        });
        freeformFrom = end;
        open = null;
      }
      if (depth < 0) depth = 0;
    } else {
      depth += 1;
    }
  }
  // An unclosed block runs to the end, as WordPress reads it; kept whole as classic content.
  pushFreeform(blocks, markup.slice(open ? start : freeformFrom));
  return blocks;
}

function pushFreeform(blocks: TopLevelBlock[], text: string): void {
  if (text.trim() === '') return;
  blocks.push({ name: 'core/freeform', source: text.trim(), attributes: {}, inner: '' });
}

function attributesOf(raw: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}
