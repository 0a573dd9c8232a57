// The plain text of a Lexical serialized editor state, one string per block and blocks
// joined by a blank line: what word counts, search and revision comparison read.
// Works on the JSON alone (no editor, no DOM), so it runs in services and the renderer.
// Open suggestions count as not accepted (common/review/suggestion-json.ts), so the count
// and the search match what would be published, the same text WordPress gets.
import { bodyAsPublished } from '../review/suggestion-json.ts';

type SerializedNode = { type?: unknown; text?: unknown; children?: unknown };

// Elements that sit inside a line of text rather than starting a block of their own.
const INLINE_ELEMENTS = new Set(['link', 'autolink', 'mark', 'hashtag']);

export function lexicalBlocks(body: unknown): string[] {
  const state = bodyAsPublished(body);
  const root =
    isNode(state) && isNode((state as { root?: unknown }).root)
      ? (state as { root: SerializedNode }).root
      : null;
  if (!root) return [];
  const blocks: string[] = [];
  collectBlocks(root, blocks);
  return blocks;
}

export function lexicalToPlainText(state: unknown): string {
  return lexicalBlocks(state).join('\n\n');
}

/** Adds the blocks under `node`; a block's own inline text is gathered in order. */
function collectBlocks(node: SerializedNode, blocks: string[]): void {
  let line = '';
  let hasInline = false;
  const flush = () => {
    if (hasInline) blocks.push(line);
    line = '';
    hasInline = false;
  };
  for (const child of childrenOf(node)) {
    if (isBlock(child)) {
      flush();
      collectBlocks(child, blocks);
    } else {
      line += inlineText(child);
      hasInline = true;
    }
  }
  if (childrenOf(node).length === 0 && node.type !== 'root' && !isContainer(node)) hasInline = true;
  flush();
}

function inlineText(node: SerializedNode): string {
  if (node.type === 'linebreak') return '\n';
  if (node.type === 'tab') return '\t';
  if (typeof node.text === 'string') return node.text;
  return childrenOf(node).map(inlineText).join('');
}

function isBlock(node: SerializedNode): boolean {
  return Array.isArray(node.children) && !INLINE_ELEMENTS.has(typeOf(node));
}

// Lists and tables hold blocks; an empty one is not an empty paragraph.
function isContainer(node: SerializedNode): boolean {
  return ['list', 'table', 'tablerow'].includes(typeOf(node));
}

/** A node's type, if it is a string: a body from a file may hold anything there, even an object String() throws on. */
function typeOf(node: SerializedNode): string {
  return typeof node.type === 'string' ? node.type : '';
}

function childrenOf(node: SerializedNode): SerializedNode[] {
  return Array.isArray(node.children) ? node.children.filter(isNode) : [];
}

function isNode(value: unknown): value is SerializedNode {
  return typeof value === 'object' && value !== null;
}
