// A post from WordPress (its `content.raw`) as a Midad article (Lexical's serialized state).
// Paragraphs, headings, lists, quotes, separators and tables (table-import.ts) become Midad's
// own nodes, but only when toWordPressBlocks writes each of them back byte for byte; every
// other block (gallery, embed, columns, a plugin's, classic content, an image whose file
// Midad does not hold, a table with a caption or a style of WordPress's editor) becomes a
// `protected-block` node that keeps its exact source, so an edit elsewhere in the article
// can never change it on the site. Pure.
import { articleBody } from '../document/article-content.ts';
import { toWordPressBlocks } from './block-markup.ts';
import { splitTopLevelBlocks, type TopLevelBlock } from './block-split.ts';
import { elementNode, inlineNodesOf, type LexicalNodeJson } from './inline-import.ts';
import { tableNodeOf } from './table-import.ts';

export const PROTECTED_BLOCK_TYPE = 'protected-block';

export interface ImportedArticle {
  body: { root: LexicalNodeJson };
  /** How many blocks were kept as they are (shown as cards the writer cannot edit). */
  protectedBlocks: number;
}

export function importWordPressBlocks(markup: string): ImportedArticle {
  let protectedBlocks = 0;
  const children = splitTopLevelBlocks(markup).map((block) => {
    const node = midadNodeOf(block);
    if (node && toWordPressBlocks(articleBody([node])) === block.source) return node;
    protectedBlocks += 1;
    return protectedBlockNode(block);
  });
  return { body: articleBody(children), protectedBlocks };
}

export function protectedBlockNode(block: Pick<TopLevelBlock, 'name' | 'source'>): LexicalNodeJson {
  return { type: PROTECTED_BLOCK_TYPE, version: 1, blockName: block.name, source: block.source };
}

/**
 * The top-level block sources of a post's markup as the site answered it: what a protected
 * block taken from that post may be written back as, verbatim (toWordPressBlocks' siteBlocks).
 */
export function siteBlockSources(markup: string | undefined): ReadonlySet<string> {
  return new Set(splitTopLevelBlocks(markup ?? '').map((block) => block.source));
}

function midadNodeOf(block: TopLevelBlock): LexicalNodeJson | null {
  switch (block.name) {
    case 'core/paragraph':
      return paragraphOf(block);
    case 'core/heading':
      return headingOf(block.inner);
    case 'core/separator':
      return { type: 'horizontalrule', version: 1 };
    case 'core/list':
      return listOf(block.inner);
    case 'core/quote':
      return quoteOf(block.inner);
    case 'core/table':
      return tableNodeOf(block.inner);
    default:
      return null;
  }
}

function paragraphOf(block: TopLevelBlock): LexicalNodeJson | null {
  const match = /^\s*<p(?: dir="(ltr|rtl)")?>([\s\S]*)<\/p>\s*$/.exec(block.inner);
  const children = match ? inlineNodesOf(match[2]!) : null;
  return children ? elementNode('paragraph', children, match![1] ?? null) : null;
}

function headingOf(inner: string): LexicalNodeJson | null {
  const match = /^\s*<h([1-6])>([\s\S]*)<\/h\1>\s*$/.exec(inner);
  const children = match ? inlineNodesOf(match[2]!) : null;
  return children ? { ...elementNode('heading', children, null), tag: `h${match![1]}` } : null;
}

/** A flat list; a nested one is kept as it is on the site. */
function listOf(inner: string): LexicalNodeJson | null {
  const match = /^\s*<(ul|ol)(?: start="(\d+)")?>([\s\S]*)<\/\1>\s*$/.exec(inner);
  if (!match) return null;
  const items: LexicalNodeJson[] = [];
  for (const block of splitTopLevelBlocks(match[3]!)) {
    const item =
      block.name === 'core/list-item' ? /^\s*<li>([\s\S]*)<\/li>\s*$/.exec(block.inner) : null;
    const children = item ? inlineNodesOf(item[1]!) : null;
    if (!children) return null;
    items.push({ ...elementNode('listitem', children, null), value: items.length + 1 });
  }
  const ordered = match[1] === 'ol';
  return {
    ...elementNode('list', items, null),
    listType: ordered ? 'number' : 'bullet',
    start: Number(match[2] ?? 1),
    tag: match[1],
  };
}

/** WordPress's quote holds paragraphs; Midad's holds their lines, one a line break apart. */
function quoteOf(inner: string): LexicalNodeJson | null {
  const match = /^\s*<blockquote class="wp-block-quote">([\s\S]*)<\/blockquote>\s*$/.exec(inner);
  if (!match) return null;
  const lines: LexicalNodeJson[] = [];
  for (const block of splitTopLevelBlocks(match[1]!)) {
    const paragraph = block.name === 'core/paragraph' ? paragraphOf(block) : null;
    if (!paragraph || paragraph.direction !== null) return null;
    if (lines.length > 0) lines.push({ type: 'linebreak', version: 1 });
    lines.push(...(paragraph.children as LexicalNodeJson[]));
  }
  return elementNode('quote', lines, null);
}
