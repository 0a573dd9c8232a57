// What a protected block's card says: which kind of block it is (a key of
// `protectedBlock.kinds`, so the name is Arabic or English) and a short preview of its
// text. Pure, so the labels of real WordPress block names are unit tested.

/** The blocks a newsroom meets most, by WordPress name; any other is "a block from the site". */
const KINDS: Readonly<Record<string, string>> = {
  'core/gallery': 'gallery',
  'core/table': 'table',
  'core/embed': 'embed',
  'core/columns': 'columns',
  'core/html': 'html',
  'core/freeform': 'classic',
  'core/image': 'image',
  'core/video': 'video',
  'core/audio': 'audio',
  'core/shortcode': 'shortcode',
  'core/paragraph': 'paragraph',
  'core/heading': 'heading',
  'core/list': 'list',
  'core/quote': 'quote',
};

/** The translation key naming a block's kind, e.g. 'protectedBlock.kinds.gallery'. */
export function protectedBlockKindKey(blockName: string): `protectedBlock.kinds.${string}` {
  return `protectedBlock.kinds.${KINDS[blockName] ?? 'other'}`;
}

const PREVIEW_LENGTH = 120;

/** The block's visible text without tags or block comments, cut short: enough to recognise it. */
export function protectedBlockPreview(source: string): string {
  const text = source
    .replace(/<!--[\s\S]*?-->/gu, ' ')
    .replace(/<[^>]*>/gu, ' ')
    .replace(/&nbsp;/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH).trimEnd()}…` : text;
}
