// The one schema of an article's body (a Lexical serialized editor state) that every document
// entering the host is checked against: node types the editor knows, link and image
// addresses through safe-url, and limits on depth, node count and text. The walk keeps its
// own stack, so a file nested 10,000 deep is refused, never a stack overflow.
import { safeEmbeddedImageUrl, safeImageUrl, safeLinkUrl } from '../wordpress/safe-url.ts';
import { TABLE_LIMITS } from './table-limits.ts';

/**
 * Generous for a 20,000-word article (about 130,000 characters, a few thousand nodes even
 * with every word formatted or marked): lists nest a dozen levels at most, and each level is
 * two nodes (list, item). Anything past these is a file made to hurt, not an article.
 */
export const DOCUMENT_LIMITS = {
  /** Nodes from the root down to the deepest one (the root is 1). */
  maxDepth: 100,
  maxNodes: 200_000,
  /** Characters of every string a node holds (text, addresses, a protected block's markup). */
  maxTextChars: 5_000_000,
} as const;

/** The node types the editor registers (renderer/editor/article-extension.ts and its extensions). */
export const ARTICLE_NODE_TYPES: ReadonlySet<string> = new Set([
  'root',
  'paragraph',
  'text',
  'linebreak',
  'tab',
  'heading',
  'quote',
  'list',
  'listitem',
  'link',
  'autolink',
  'horizontalrule',
  'image',
  'protected-block',
  'suggestion-insert',
  'suggestion-delete',
  'suggestion-format',
  'mark',
  'table',
  'tablerow',
  'tablecell',
]);

/** Types whose nodes hold others: Lexical cannot read one without its `children` array. */
const ELEMENT_TYPES: ReadonlySet<string> = new Set([
  'root',
  'paragraph',
  'heading',
  'quote',
  'list',
  'listitem',
  'link',
  'autolink',
  'suggestion-insert',
  'suggestion-delete',
  'suggestion-format',
  'mark',
  'table',
  'tablerow',
  'tablecell',
]);

/** Types that live inside a line of text: Lexical refuses to put one straight in the root. */
const INLINE_TYPES: ReadonlySet<string> = new Set([
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

/** Each refusal is an error code of the contract (electron/contract/errors.ts) with its own message. */
export type DocumentRefusalCode =
  | 'document.malformed'
  | 'document.unknown_node'
  | 'document.unsafe_url'
  | 'document.too_deep'
  | 'document.too_many_nodes'
  | 'document.too_large';

export type DocumentCheck =
  | { ok: true }
  | {
      ok: false;
      code: DocumentRefusalCode;
      /** Short and safe to show or log: which field or limit, never the document's text. */
      detail: string;
      /** For document.unknown_node: the unknown types, in the order met (at most MAX_NAMED_TYPES). */
      unknownTypes: string[];
    };

const MAX_NAMED_TYPES = 20;
const MAX_TYPE_NAME_CHARS = 60;

type JsonObject = Record<string, unknown>;

/** Checks a body against the article schema; the first hard refusal stops the walk. */
export function checkArticleBody(
  body: unknown,
  limits: typeof DOCUMENT_LIMITS = DOCUMENT_LIMITS,
): DocumentCheck {
  const refuse = (code: DocumentRefusalCode, detail: string): DocumentCheck => ({
    ok: false,
    code,
    detail,
    unknownTypes: [],
  });
  if (!isObject(body) || !isObject(body.root)) return refuse('document.malformed', 'no root');
  const unknownTypes = new Set<string>();
  const stack: { node: unknown; depth: number; parentType: string | null }[] = [
    { node: body.root, depth: 1, parentType: null },
  ];
  let nodes = 0;
  let chars = 0;
  while (stack.length > 0) {
    const { node, depth, parentType } = stack.pop()!;
    if (depth > limits.maxDepth)
      return refuse('document.too_deep', `deeper than ${limits.maxDepth}`);
    nodes += 1;
    if (!isObject(node)) return refuse('document.malformed', 'a node that is not an object');
    const type = node.type;
    if (typeof type !== 'string') return refuse('document.malformed', 'a node without a type');
    if ((parentType === null) !== (type === 'root'))
      return refuse('document.malformed', 'the root out of place');
    if (!ARTICLE_NODE_TYPES.has(type)) {
      if (unknownTypes.size < MAX_NAMED_TYPES) unknownTypes.add(type.slice(0, MAX_TYPE_NAME_CHARS));
    }
    const fields = fieldChars(node);
    if (fields === null)
      return refuse('document.malformed', `a ${describeType(type)} field nested too deep`);
    chars += fields;
    if (chars > limits.maxTextChars)
      return refuse('document.too_large', `more than ${limits.maxTextChars} characters`);
    const shape = shapeProblem(node, type) ?? placeProblem(type, parentType);
    if (shape) return refuse(shape.code, shape.detail);
    const { children } = node;
    if (children === undefined) continue;
    if (!Array.isArray(children))
      return refuse(
        'document.malformed',
        `children of a ${describeType(type)} that are not a list`,
      );
    const tableProblem = tableSizeProblem(type, children.length);
    if (tableProblem) return refuse('document.too_large', tableProblem);
    if (nodes + stack.length + children.length > limits.maxNodes)
      return refuse('document.too_many_nodes', `more than ${limits.maxNodes} nodes`);
    // Pushed last first, so the walk meets them in document order (the unknown types are named so).
    for (let index = children.length - 1; index >= 0; index -= 1)
      stack.push({ node: children[index], depth: depth + 1, parentType: type });
  }
  if (unknownTypes.size > 0) {
    const named = [...unknownTypes];
    return {
      ok: false,
      code: 'document.unknown_node',
      detail: `unknown node types: ${named.join(', ')}`,
      unknownTypes: named,
    };
  }
  return { ok: true };
}

/** What one known node must hold for the editor and the serializers to read it. */
function shapeProblem(
  node: JsonObject,
  type: string,
): { code: DocumentRefusalCode; detail: string } | null {
  if (ELEMENT_TYPES.has(type) && !Array.isArray(node.children))
    return { code: 'document.malformed', detail: `a ${type} without children` };
  if (type === 'text' && typeof node.text !== 'string')
    return { code: 'document.malformed', detail: 'a text node without text' };
  if ((type === 'link' || type === 'autolink') && safeLinkUrl(node.url) === null) {
    return {
      code: 'document.unsafe_url',
      detail: `a ${type} address that is not http, https or mailto`,
    };
  }
  if (type === 'image' && !isSafeImageSource(node.src))
    return {
      code: 'document.unsafe_url',
      detail: 'an image address that is not http, https or an embedded picture',
    };
  if (type === 'protected-block' && typeof node.source !== 'string')
    return { code: 'document.malformed', detail: 'a protected block without its markup' };
  return null;
}

/**
 * Where a known node may stand, as far as Lexical cannot read it otherwise: nothing inline
 * straight in the root, a list holds only items, an item only in a list. An unknown type's
 * place is not judged (it is refused or kept as text as a whole).
 */
function placeProblem(
  type: string,
  parentType: string | null,
): { code: DocumentRefusalCode; detail: string } | null {
  if (parentType === null || !ARTICLE_NODE_TYPES.has(type) || !ARTICLE_NODE_TYPES.has(parentType))
    return null;
  const misplaced =
    (parentType === 'root' && (INLINE_TYPES.has(type) || type === 'listitem')) ||
    (parentType === 'list') !== (type === 'listitem') ||
    // A table stands in the root only (no nested tables), holds rows, and rows hold cells.
    (type === 'table' && parentType !== 'root') ||
    (parentType === 'table') !== (type === 'tablerow') ||
    (parentType === 'tablerow') !== (type === 'tablecell');
  return misplaced
    ? { code: 'document.malformed', detail: `a ${type} inside a ${parentType}` }
    : null;
}

/** A table past TABLE_LIMITS is a file made to hurt: the .docx import never writes one. */
function tableSizeProblem(type: string, children: number): string | null {
  if (type === 'table' && children > TABLE_LIMITS.maxRows)
    return `a table of more than ${TABLE_LIMITS.maxRows} rows`;
  if (type === 'tablerow' && children > TABLE_LIMITS.maxColumns)
    return `a table row of more than ${TABLE_LIMITS.maxColumns} cells`;
  return null;
}

/** Drafts written before images carried `hash` named their file in `src` (the outbox's hashOf still reads it). */
const MEDIA_REFERENCE = /^midad-media:[0-9a-f]{64}$/u;

/** An image names its file by hash; a `src` is kept only when publishing or the HTML export set it. */
function isSafeImageSource(src: unknown): boolean {
  if (src === undefined || src === null || src === '') return true;
  if (typeof src === 'string' && MEDIA_REFERENCE.test(src)) return true;
  return safeImageUrl(src) !== null || safeEmbeddedImageUrl(src) !== null;
}

/**
 * The characters of a node's own fields (its children aside): strings, numbers, and lists or
 * records of them one level down (a comment mark's ids). Null for anything nested deeper,
 * which no node of the editor writes and which would be walked by recursion elsewhere.
 */
function fieldChars(node: JsonObject): number | null {
  let chars = 0;
  for (const key in node) {
    if (key === 'children') continue;
    const value = node[key];
    chars += key.length;
    if (!isObject(value) && !Array.isArray(value)) {
      chars += primitiveChars(value);
      continue;
    }
    for (const member of Object.values(value)) {
      if (isObject(member) || Array.isArray(member)) return null;
      chars += primitiveChars(member);
    }
  }
  return chars;
}

function primitiveChars(value: unknown): number {
  return typeof value === 'string' ? value.length : 1;
}

function describeType(type: string): string {
  return ARTICLE_NODE_TYPES.has(type) ? type : 'node';
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
