// The one serializer from an article (Lexical's serialized editor state, a draft's `body`)
// to WordPress block markup (docs/architecture.md, "The document"): the same string is the preview,
// the HTML export and the post content. tests/wordpress runs every block it writes through
// WordPress's own parser and validator, 6.1's and the current one.
//
// Right-to-left is the base. A block in the other direction says so the way each block can:
// a paragraph with WordPress's `direction` attribute and dir="ltr"; a quote through its
// paragraphs; a heading or a list item (no direction attribute in WordPress) by a
// <span dir="ltr"> around its text.
import { bodyAsPublished } from '../review/suggestion-json.ts';
import { coreBlock, joinBlocks, type BlockAttributes } from './block-comment.ts';
import { escapeHtmlAttribute, escapeHtmlText } from './html-escape.ts';
import { articleImageOf, imageBlock, type ImageResolver } from './image-block.ts';
import { inlineHtml, inlineText, isolatedDirection } from './inline-html.ts';
import {
  childrenOf,
  directionOf,
  rootOf,
  stringField,
  type SerializedNode,
  type TextDirection,
} from './lexical-json.ts';
import { tableBlock } from './table-block.ts';
import { isHostileMarkup, markupText } from './untrusted-markup.ts';

export interface BlockMarkupOptions {
  /** The site's direction; blocks in the other one are marked. Arabic sites: 'rtl'. */
  baseDirection?: TextDirection;
  /** Points each image at what the site knows (its uploaded URL and media id). */
  resolveImage?: ImageResolver;
  /** Lets base64 data: images through (the standalone HTML export); never for a site. */
  embeddedImages?: boolean;
  /**
   * The sources of the blocks the site being written to answered with (its own post's
   * top-level blocks): a protected block among them goes back verbatim. Any other is
   * untrusted markup: kept when it can run nothing, its plain text when it could.
   */
  siteBlocks?: ReadonlySet<string>;
  /**
   * 'card' for a page of Midad's own (preview, proof): a protected block shows as a labelled
   * card of its text and its markup never reaches the page. 'markup' (the default) for a
   * site or a file.
   */
  protectedBlocksAs?: 'markup' | 'card';
}

interface Context {
  base: TextDirection;
  resolveImage: ImageResolver;
  embeddedImages: boolean;
  siteBlocks: ReadonlySet<string>;
  protectedBlocksAs: 'markup' | 'card';
}

const SEPARATOR = coreBlock(
  'separator',
  {},
  '<hr class="wp-block-separator has-alpha-channel-opacity"/>',
);
// Elements that sit inside a line of text rather than being blocks of their own.
const INLINE_ELEMENTS = new Set(['link', 'autolink', 'mark', 'hashtag']);

export function toWordPressBlocks(body: unknown, options: BlockMarkupOptions = {}): string {
  // Open suggestions are not accepted yet: readers get the text as it was before them.
  const root = rootOf(bodyAsPublished(body));
  if (!root) return '';
  const context: Context = {
    base: options.baseDirection ?? 'rtl',
    resolveImage: options.resolveImage ?? ((image) => image),
    embeddedImages: options.embeddedImages ?? false,
    siteBlocks: options.siteBlocks ?? new Set(),
    protectedBlocksAs: options.protectedBlocksAs ?? 'markup',
  };
  return joinBlocks(blocksOf(childrenOf(root), directionOf(root) ?? context.base, context));
}

function blocksOf(
  nodes: readonly SerializedNode[],
  inherited: TextDirection,
  context: Context,
): string[] {
  return nodes
    .flatMap((node) => blockOf(node, directionOf(node) ?? inherited, context))
    .filter((block) => block !== '');
}

function blockOf(
  node: SerializedNode,
  direction: TextDirection,
  context: Context,
): string | string[] {
  switch (node.type) {
    case 'paragraph':
      return paragraphsAround(childrenOf(node), direction, context);
    case 'heading':
      return headingBlock(node, direction, context);
    case 'quote':
      return quoteBlock(node, direction, context);
    case 'list':
      return listBlock(node, direction, context);
    case 'horizontalrule':
      return SEPARATOR;
    case 'image':
      return image(node, context);
    case 'protected-block':
      return protectedBlock(node, context);
    case 'table':
      return tableBlock(node);
    default:
      return unknownBlock(node, direction, context);
  }
}

/** One paragraph, or several when images sit inside it: an image is a block in WordPress. */
function paragraphsAround(
  nodes: readonly SerializedNode[],
  direction: TextDirection,
  context: Context,
): string[] {
  const blocks: string[] = [];
  let line: SerializedNode[] = [];
  for (const node of nodes) {
    if (node.type !== 'image') {
      line.push(node);
      continue;
    }
    blocks.push(paragraphBlock(line, direction, context), image(node, context));
    line = [];
  }
  blocks.push(paragraphBlock(line, direction, context));
  return blocks;
}

function paragraphBlock(
  nodes: readonly SerializedNode[],
  direction: TextDirection,
  context: Context,
): string {
  if (isBlank(nodes)) return '';
  const marked = direction !== context.base;
  const attributes: BlockAttributes = marked ? { direction } : {};
  return coreBlock(
    'paragraph',
    attributes,
    `<p${marked ? ` dir="${direction}"` : ''}>${inlineHtml(nodes)}</p>`,
  );
}

function headingBlock(node: SerializedNode, direction: TextDirection, context: Context): string {
  const children = childrenOf(node);
  if (isBlank(children)) return '';
  const level = Number(/^h([1-6])$/.exec(String(node.tag))?.[1] ?? 2);
  // Level 2 is the block's default, which WordPress leaves out of the comment.
  const attributes: BlockAttributes = level === 2 ? {} : { level };
  return coreBlock(
    'heading',
    attributes,
    `<h${level}>${textIn(children, direction, context)}</h${level}>`,
  );
}

/** Lexical's quote holds lines of text; WordPress's holds paragraphs, one a line. */
function quoteBlock(node: SerializedNode, direction: TextDirection, context: Context): string {
  const paragraphs: string[] = [];
  let line: SerializedNode[] = [];
  for (const child of [...childrenOf(node), { type: 'linebreak' }]) {
    if (child.type === 'linebreak') {
      paragraphs.push(paragraphBlock(line, direction, context));
      line = [];
    } else if (child.type === 'paragraph') {
      paragraphs.push(
        ...paragraphsAround(childrenOf(child), directionOf(child) ?? direction, context),
      );
    } else {
      line.push(child);
    }
  }
  const inner = paragraphs.filter((paragraph) => paragraph !== '');
  return inner.length === 0
    ? ''
    : coreBlock(
        'quote',
        {},
        `<blockquote class="wp-block-quote">${joinBlocks(inner)}</blockquote>`,
      );
}

interface ListItem {
  content: SerializedNode[];
  nested: SerializedNode[];
  direction: TextDirection;
}

function listBlock(node: SerializedNode, direction: TextDirection, context: Context): string {
  const items = listItemsOf(node, direction);
  if (items.length === 0) return '';
  const ordered = node.listType === 'number' || (node.listType === undefined && node.tag === 'ol');
  const start =
    ordered && Number.isSafeInteger(node.start) && node.start !== 1 ? (node.start as number) : null;
  const attributes: BlockAttributes = ordered
    ? { ordered: true, ...(start === null ? {} : { start }) }
    : {};
  const tag = ordered ? 'ol' : 'ul';
  const html = `<${tag}${start === null ? '' : ` start="${start}"`}>${joinBlocks(items.map((item) => listItemBlock(item, context)))}</${tag}>`;
  return coreBlock('list', attributes, html);
}

/**
 * Lexical nests a list in an item of its own right after the parent item; HTML and
 * WordPress nest it inside the parent item.
 */
function listItemsOf(list: SerializedNode, direction: TextDirection): ListItem[] {
  const items: ListItem[] = [];
  for (const child of childrenOf(list)) {
    const parts = child.type === 'listitem' ? childrenOf(child) : [child];
    const nested = parts.filter((part) => part.type === 'list');
    const content = parts.filter((part) => part.type !== 'list');
    const previous = items.at(-1);
    if (previous && content.length === 0 && nested.length > 0) previous.nested.push(...nested);
    else items.push({ content, nested, direction: directionOf(child) ?? direction });
  }
  return items;
}

function listItemBlock(item: ListItem, context: Context): string {
  const nested = item.nested.map((list) =>
    listBlock(list, directionOf(list) ?? item.direction, context),
  );
  const content = isBlank(item.content) ? '' : textIn(item.content, item.direction, context);
  return coreBlock(
    'list-item',
    {},
    `<li>${content}${joinBlocks(nested.filter((block) => block !== ''))}</li>`,
  );
}

function image(node: SerializedNode, context: Context): string {
  const resolved = context.resolveImage(articleImageOf(node));
  return resolved ? imageBlock(resolved, context.embeddedImages) : '';
}

/**
 * A block Midad does not edit (block-import.ts): written back exactly as it came to the site
 * it came from. Elsewhere, and in any document whose origin Midad cannot vouch for (a .midad,
 * a paste), markup that could run script becomes a paragraph of its text: the words stay,
 * nothing becomes active.
 */
function protectedBlock(node: SerializedNode, context: Context): string {
  const source = stringField(node.source);
  if (context.protectedBlocksAs === 'card')
    return protectedBlockCard(stringField(node.blockName), source);
  if (context.siteBlocks.has(source)) return source;
  // Markup that is not a block (classic content) lands as a Custom HTML block: a post always starts with one.
  if (!isHostileMarkup(source))
    return /^\s*<!--\s+wp:/u.test(source) ? source : coreBlock('html', {}, source.trim());
  const text = markupText(source);
  return text === '' ? '' : coreBlock('paragraph', {}, `<p>${escapeHtmlText(text)}</p>`);
}

function protectedBlockCard(blockName: string, source: string): string {
  const name = escapeHtmlText(blockName);
  return (
    `<div class="midad-protected-block" data-block-name="${escapeHtmlAttribute(blockName)}">` +
    `<p class="midad-protected-block__name">${name}</p><p>${escapeHtmlText(markupText(source))}</p></div>`
  );
}

/** A node type Midad does not know: its blocks if it holds blocks, else a paragraph of its text. */
function unknownBlock(
  node: SerializedNode,
  direction: TextDirection,
  context: Context,
): string | string[] {
  const children = childrenOf(node);
  const holdsBlocks = children.some(
    (child) => Array.isArray(child.children) && !INLINE_ELEMENTS.has(String(child.type)),
  );
  return holdsBlocks
    ? blocksOf(children, direction, context)
    : paragraphBlock(children, direction, context);
}

function textIn(
  nodes: readonly SerializedNode[],
  direction: TextDirection,
  context: Context,
): string {
  const html = inlineHtml(nodes);
  return direction === context.base ? html : isolatedDirection(html, direction);
}

function isBlank(nodes: readonly SerializedNode[]): boolean {
  return inlineText(nodes).trim() === '';
}
