// An article body (Lexical's serialized state) as a small neutral block model: paragraphs,
// headings, quotes, lists, images, rules and tables with their formatted runs. The .docx and Markdown
// exports write from it; it reads the JSON the way common/wordpress/block-markup.ts does.
import { bodyAsPublished } from '../review/suggestion-json.ts';
import { articleImageOf, type ArticleImage } from '../wordpress/image-block.ts';
import { inlineText } from '../wordpress/inline-html.ts';
import {
  childrenOf,
  directionOf,
  rootOf,
  stringField,
  type SerializedNode,
  type TextDirection,
} from '../wordpress/lexical-json.ts';
import { safeLinkUrl } from '../wordpress/safe-url.ts';
import { tableGridOf } from './table-grid.ts';

export interface TextMarks {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strikethrough: boolean;
  code: boolean;
}

export type InlineRun =
  | { kind: 'text'; text: string; marks: TextMarks }
  | { kind: 'break' }
  /** Only safe URLs (http, https, mailto) become links; others keep their text. */
  | { kind: 'link'; url: string; runs: InlineRun[] };

export interface ListItemBlock {
  runs: InlineRun[];
  direction: TextDirection;
  lists: ListBlock[];
}

export interface ListBlock {
  kind: 'list';
  ordered: boolean;
  start: number;
  items: ListItemBlock[];
}

export type ArticleBlock =
  | { kind: 'paragraph'; direction: TextDirection; runs: InlineRun[] }
  | { kind: 'heading'; level: number; direction: TextDirection; runs: InlineRun[] }
  /** Lexical's quote holds lines; each is a paragraph of the quote here. */
  | { kind: 'quote'; direction: TextDirection; lines: InlineRun[][] }
  | ListBlock
  | { kind: 'image'; image: ArticleImage }
  | { kind: 'separator' }
  | TableBlock;

/** A table: rows of cells, each cell the lines of its paragraphs. */
export interface TableBlock {
  kind: 'table';
  direction: TextDirection;
  /** The first row is a header row. */
  headerRow: boolean;
  rows: InlineRun[][][][];
}

// Lexical's text format bits.
const BOLD = 1;
const ITALIC = 2;
const STRIKETHROUGH = 4;
const UNDERLINE = 8;
const CODE = 16;
const INLINE_ELEMENTS = new Set(['link', 'autolink', 'mark', 'hashtag']);

export function articleBlocks(body: unknown, baseDirection: TextDirection = 'rtl'): ArticleBlock[] {
  // Exports are for readers too: open suggestions count as not accepted.
  const root = rootOf(bodyAsPublished(body));
  return root ? blocksOf(childrenOf(root), directionOf(root) ?? baseDirection) : [];
}

/** The plain text of runs, to tell an empty block from one with content. */
export function runsText(runs: readonly InlineRun[]): string {
  return runs
    .map((run) =>
      run.kind === 'text' ? run.text : run.kind === 'break' ? '\n' : runsText(run.runs),
    )
    .join('');
}

function blocksOf(nodes: readonly SerializedNode[], inherited: TextDirection): ArticleBlock[] {
  return nodes.flatMap((node) => blockOf(node, directionOf(node) ?? inherited));
}

function blockOf(node: SerializedNode, direction: TextDirection): ArticleBlock[] {
  switch (node.type) {
    case 'paragraph':
      return paragraphsAround(childrenOf(node), direction);
    case 'heading': {
      const level = Number(/^h([1-6])$/.exec(String(node.tag))?.[1] ?? 2);
      return nonBlank(childrenOf(node))
        ? [{ kind: 'heading', level, direction, runs: runsOf(childrenOf(node)) }]
        : [];
    }
    case 'quote':
      return quoteBlock(node, direction);
    case 'list': {
      const list = listBlock(node, direction);
      return list.items.length > 0 ? [list] : [];
    }
    case 'horizontalrule':
      return [{ kind: 'separator' }];
    case 'image':
      return [{ kind: 'image', image: articleImageOf(node) }];
    case 'table': {
      const grid = tableGridOf(node);
      if (!grid) return [];
      const rows = grid.rows.map((cells) =>
        cells.map((cell) => blocksOf(cell, direction).flatMap(linesOf)),
      );
      return [{ kind: 'table', direction, headerRow: grid.headerRow, rows }];
    }
    default: {
      const children = childrenOf(node);
      const holdsBlocks = children.some(
        (child) => Array.isArray(child.children) && !INLINE_ELEMENTS.has(String(child.type)),
      );
      return holdsBlocks ? blocksOf(children, direction) : paragraphsAround(children, direction);
    }
  }
}

/** A block inside a table cell as lines of text (a cell holds text only). */
function linesOf(block: ArticleBlock): InlineRun[][] {
  switch (block.kind) {
    case 'paragraph':
    case 'heading':
      return [block.runs];
    case 'quote':
      return block.lines;
    case 'list':
      return block.items.flatMap((item) => [
        item.runs,
        ...item.lists.flatMap((list) => linesOf(list)),
      ]);
    default:
      return [];
  }
}

/** One paragraph, or several when images sit inside it: an image stands on its own. */
function paragraphsAround(
  nodes: readonly SerializedNode[],
  direction: TextDirection,
): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  let line: SerializedNode[] = [];
  const flush = () => {
    if (nonBlank(line)) blocks.push({ kind: 'paragraph', direction, runs: runsOf(line) });
    line = [];
  };
  for (const node of nodes) {
    if (node.type !== 'image') {
      line.push(node);
      continue;
    }
    flush();
    blocks.push({ kind: 'image', image: articleImageOf(node) });
  }
  flush();
  return blocks;
}

function quoteBlock(node: SerializedNode, direction: TextDirection): ArticleBlock[] {
  const lines: InlineRun[][] = [];
  let line: SerializedNode[] = [];
  for (const child of [...childrenOf(node), { type: 'linebreak' }]) {
    if (child.type === 'linebreak') {
      if (nonBlank(line)) lines.push(runsOf(line));
      line = [];
    } else if (child.type === 'paragraph') {
      if (nonBlank(childrenOf(child))) lines.push(runsOf(childrenOf(child)));
    } else {
      line.push(child);
    }
  }
  return lines.length === 0 ? [] : [{ kind: 'quote', direction, lines }];
}

/** Lexical nests a list in an item of its own right after the parent item; here it goes inside the parent. */
function listBlock(node: SerializedNode, direction: TextDirection): ListBlock {
  const ordered = node.listType === 'number' || (node.listType === undefined && node.tag === 'ol');
  const start = Number.isSafeInteger(node.start) ? (node.start as number) : 1;
  const items: ListItemBlock[] = [];
  for (const child of childrenOf(node)) {
    const parts = child.type === 'listitem' ? childrenOf(child) : [child];
    const itemDirection = directionOf(child) ?? direction;
    const lists = parts
      .filter((part) => part.type === 'list')
      .map((list) => listBlock(list, directionOf(list) ?? itemDirection))
      .filter((list) => list.items.length > 0);
    const content = parts.filter((part) => part.type !== 'list');
    const previous = items.at(-1);
    if (previous && content.length === 0 && lists.length > 0) previous.lists.push(...lists);
    else items.push({ runs: runsOf(content), direction: itemDirection, lists });
  }
  return { kind: 'list', ordered, start, items };
}

function runsOf(nodes: readonly SerializedNode[]): InlineRun[] {
  return nodes.flatMap(runOf);
}

function runOf(node: SerializedNode): InlineRun[] {
  if (node.type === 'linebreak') return [{ kind: 'break' }];
  if (typeof node.text === 'string') {
    return node.text === '' ? [] : [{ kind: 'text', text: node.text, marks: marksOf(node.format) }];
  }
  const runs = runsOf(childrenOf(node));
  if ((node.type === 'link' || node.type === 'autolink') && runs.length > 0) {
    const url = safeLinkUrl(stringField(node.url));
    if (url !== null) return [{ kind: 'link', url, runs }];
  }
  return runs;
}

function marksOf(format: unknown): TextMarks {
  const bits = typeof format === 'number' ? format : 0;
  return {
    bold: (bits & BOLD) !== 0,
    italic: (bits & ITALIC) !== 0,
    underline: (bits & UNDERLINE) !== 0,
    strikethrough: (bits & STRIKETHROUGH) !== 0,
    code: (bits & CODE) !== 0,
  };
}

function nonBlank(nodes: readonly SerializedNode[]): boolean {
  return inlineText(nodes).trim() !== '';
}
