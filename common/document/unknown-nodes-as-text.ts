// "Keep as text" for a draft holding node types this Midad does not know (one made by a newer
// Midad): each unknown node becomes its text, a paragraph per line where it stood as a block,
// a plain run where it stood inside a line. Run only on a body checkArticleBody found nothing
// worse than unknown types in, so its depth is bounded.
import { ARTICLE_NODE_TYPES } from './article-document-check.ts';

type JsonNode = Record<string, unknown> & { type?: unknown; children?: unknown };

/** Element types that hold blocks, not a line of text: an unknown child of theirs is a block. */
const BLOCK_CONTAINERS = new Set(['root', 'quote', 'listitem']);
const INLINE_TYPES = new Set([
  'text',
  'linebreak',
  'tab',
  'link',
  'autolink',
  'mark',
  'suggestion-insert',
  'suggestion-delete',
  'suggestion-format',
]);

export function unknownNodesAsText<T>(body: T): T {
  const root = (body as { root?: unknown }).root as JsonNode;
  return { ...body, root: converted(root) } as T;
}

function converted(node: JsonNode): JsonNode {
  if (!Array.isArray(node.children)) return node;
  const type = typeof node.type === 'string' ? node.type : '';
  const children = (node.children as JsonNode[]).flatMap((child) => {
    if (isKnown(child)) return [converted(child)];
    const lines = linesOf(child).filter((line) => line.trim() !== '');
    if (type === 'list')
      return lines.length === 0 ? [] : [element('listitem', [textNode(lines.join(' '))])];
    if (BLOCK_CONTAINERS.has(type))
      return lines.map((line) => element('paragraph', [textNode(line)]));
    return lines.length === 0 ? [] : [textNode(lines.join(' '))];
  });
  return { ...node, children };
}

function isKnown(node: JsonNode): boolean {
  return typeof node.type === 'string' && ARTICLE_NODE_TYPES.has(node.type);
}

/** The node's text, a line per block inside it. */
function linesOf(node: JsonNode): string[] {
  const lines: string[] = [''];
  const stack: JsonNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (typeof current.text === 'string') lines[lines.length - 1] += current.text;
    else if (current.type === 'linebreak') lines.push('');
    if (!Array.isArray(current.children)) continue;
    const isBlock =
      current !== node && !(typeof current.type === 'string' && INLINE_TYPES.has(current.type));
    if (isBlock) stack.push({ type: 'linebreak' });
    for (let index = current.children.length - 1; index >= 0; index -= 1)
      stack.push(current.children[index] as JsonNode);
    if (isBlock) lines.push('');
  }
  return lines;
}

function element(type: string, children: JsonNode[]): JsonNode {
  return { type, children, direction: null, format: '', indent: 0, version: 1 };
}

function textNode(text: string): JsonNode {
  return { type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 };
}
