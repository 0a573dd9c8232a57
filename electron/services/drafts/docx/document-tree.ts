// Changes to mammoth's document tree before it is written as HTML: each paragraph's direction
// from Word (w:bidi, which mammoth drops) as a marker the HTML step turns into dir="rtl", quote
// styles made one, captions moved onto their picture, tables kept within the article's limits,
// and the headline taken out. Counts what it changed for the import's report.
import { TABLE_LIMITS } from '../../../../common/document/table-limits.ts';
import { isCaptionStyle, isQuoteStyle, QUOTE_STYLE_NAME } from './style-names.ts';

/** mammoth's document tree, as far as this file reads it. */
export interface DocxElement {
  type: string;
  styleId?: string | null;
  styleName?: string | null;
  value?: string;
  children?: DocxElement[];
  /** Set here on an image: its caption, written as the <img>'s data-caption. */
  midadCaption?: string;
}

/** Private-use characters at the start of a paragraph's text: right-to-left, left-to-right. */
export const RTL_MARK = '\uE000';
export const LTR_MARK = '\uE001';
const MARKS = /[\uE000\uE001]/g;

export interface TreeCounts {
  rightToLeft: number;
  quotes: number;
  tables: number;
  tableCellsLeftOut: number;
  notes: number;
  captions: number;
}

const TITLE_STYLES = /^(title|العنوان)$/i;
const FIRST_HEADING_STYLES = /^(heading 1|عنوان 1)$/i;
const LATIN_FIRST = /^[^\p{L}]*[\p{Script=Latin}]/u;

export const textOf = (element: DocxElement): string =>
  element.type === 'text'
    ? (element.value ?? '').replace(MARKS, '')
    : (element.children ?? []).map(textOf).join('');

function walk(element: DocxElement, visit: (element: DocxElement) => void): void {
  visit(element);
  for (const child of element.children ?? []) walk(child, visit);
}

function firstText(element: DocxElement): DocxElement | null {
  if (element.type === 'text') return element;
  for (const child of element.children ?? []) {
    const found = firstText(child);
    if (found) return found;
  }
  return null;
}

/**
 * Marks each paragraph with its direction, in the order readWordXml listed them. When the
 * counts differ the document was read differently there, and no paragraph is marked.
 */
function markDirections(
  document: DocxElement,
  directions: (boolean | null)[] | null,
  counts: TreeCounts,
): void {
  walk(document, (element) => {
    if (element.type === 'text' && element.value) element.value = element.value.replace(MARKS, '');
  });
  const paragraphs: DocxElement[] = [];
  walk(document, (element) => {
    if (element.type === 'paragraph') paragraphs.push(element);
  });
  if (!directions || directions.length !== paragraphs.length) return;
  paragraphs.forEach((paragraph, index) => {
    const rtl = directions[index];
    const text = firstText(paragraph);
    if (rtl === null || !text) return;
    text.value = (rtl ? RTL_MARK : LTR_MARK) + (text.value ?? '');
    if (rtl && LATIN_FIRST.test(textOf(paragraph))) counts.rightToLeft += 1;
  });
}

const hasImage = (element: DocxElement): boolean => {
  let found = false;
  walk(element, (child) => (found ||= child.type === 'image'));
  return found;
};

function imagesOf(element: DocxElement): DocxElement[] {
  const images: DocxElement[] = [];
  walk(element, (child) => child.type === 'image' && images.push(child));
  return images;
}

/** A caption paragraph next to a picture's paragraph (before or after it) becomes its caption. */
function moveCaptions(blocks: DocxElement[], counts: TreeCounts): void {
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index];
    if (block.type !== 'paragraph' || !isCaptionStyle(block) || hasImage(block)) continue;
    const caption = textOf(block).replace(/\s+/g, ' ').trim();
    const neighbours = [blocks[index - 1], blocks[index + 1]];
    const image = neighbours
      .filter((neighbour) => neighbour && hasImage(neighbour))
      .flatMap(imagesOf)
      .find((candidate) => !candidate.midadCaption);
    if (!image || caption === '') continue;
    image.midadCaption = caption.slice(0, 2_000);
    blocks.splice(index, 1);
    index -= 1;
    counts.captions += 1;
  }
}

/** Rows and columns past TABLE_LIMITS are left out; a table inside a cell gives up its cells' content to the cell. */
function limitTable(table: DocxElement, counts: TreeCounts): void {
  const rows = table.children ?? [];
  for (const row of rows.slice(TABLE_LIMITS.maxRows))
    counts.tableCellsLeftOut += (row.children ?? []).length;
  table.children = rows.slice(0, TABLE_LIMITS.maxRows);
  for (const row of table.children) {
    const cells = row.children ?? [];
    counts.tableCellsLeftOut += Math.max(0, cells.length - TABLE_LIMITS.maxColumns);
    row.children = cells.slice(0, TABLE_LIMITS.maxColumns);
    for (const cell of row.children) cell.children = flattenTables(cell.children ?? []);
  }
}

function flattenTables(blocks: DocxElement[]): DocxElement[] {
  return blocks.flatMap((block) =>
    block.type === 'table'
      ? flattenTables(
          (block.children ?? []).flatMap((row) =>
            (row.children ?? []).flatMap((cell) => cell.children ?? []),
          ),
        )
      : [block],
  );
}

function shapeBlocks(blocks: DocxElement[], counts: TreeCounts): void {
  moveCaptions(blocks, counts);
  for (const block of blocks) {
    if (block.type === 'table') {
      counts.tables += 1;
      limitTable(block, counts);
      for (const row of block.children ?? [])
        for (const cell of row.children ?? []) shapeBlocks(cell.children ?? [], counts);
    } else if (block.type === 'paragraph' && isQuoteStyle(block)) {
      block.styleName = QUOTE_STYLE_NAME;
      counts.quotes += 1;
    }
  }
}

/** Takes the headline paragraph out of the body, where it would be said twice. */
function takeHeadline(document: DocxElement): string {
  const blocks = document.children ?? [];
  const firstWithText = blocks.findIndex((block) => textOf(block).trim() !== '');
  let index = blocks.findIndex(
    (block) => block.type === 'paragraph' && TITLE_STYLES.test(block.styleName ?? ''),
  );
  if (
    index < 0 &&
    firstWithText >= 0 &&
    FIRST_HEADING_STYLES.test(blocks[firstWithText].styleName ?? '')
  )
    index = firstWithText;
  if (index < 0) return '';
  const headline = textOf(blocks[index]).replace(/\s+/g, ' ').trim().slice(0, 500);
  blocks.splice(index, 1);
  return headline;
}

export function shapeDocument(
  document: DocxElement,
  directions: (boolean | null)[] | null,
): { headline: string; counts: TreeCounts } {
  const counts: TreeCounts = {
    rightToLeft: 0,
    quotes: 0,
    tables: 0,
    tableCellsLeftOut: 0,
    notes: 0,
    captions: 0,
  };
  markDirections(document, directions, counts);
  walk(document, (element) => {
    if (element.type === 'noteReference') counts.notes += 1;
  });
  shapeBlocks(document.children ?? [], counts);
  return { headline: takeHeadline(document), counts };
}

/** The marks become the direction of the block they open; any left elsewhere are dropped. */
export function applyDirectionMarks(html: string): string {
  return html
    .replace(
      /<(p|h[1-6]|li|blockquote)>((?:<(?:strong|em|u|s|sup|sub|a\b[^>]*)>)*)([\uE000\uE001])/g,
      (_, tag: string, opening: string, mark: string) =>
        `<${tag} dir="${mark === RTL_MARK ? 'rtl' : 'ltr'}">${opening}`,
    )
    .replace(MARKS, '');
}
