// Suggestion marks (track changes) as they appear in a draft's serialized body, read in
// plain Node. Everything that leaves the editor for readers — WordPress, exports, word
// counts — reads the body "as published": an open suggestion counts as not accepted, so
// nothing a copy editor proposed reaches readers before someone accepts it.
import { childrenOf, isNode, type SerializedNode } from '../wordpress/lexical-json.ts';

/** The serialized `type` of each mark (renderer/editor/nodes/SuggestionNodes.ts writes them). */
export const SUGGESTION_INSERT = 'suggestion-insert';
export const SUGGESTION_DELETE = 'suggestion-delete';
export const SUGGESTION_FORMAT = 'suggestion-format';

const SUGGESTION_TYPES = new Set([SUGGESTION_INSERT, SUGGESTION_DELETE, SUGGESTION_FORMAT]);

type JsonNode = SerializedNode & Record<string, unknown>;

/**
 * The body with every open suggestion rejected: inserted text left out, deleted text kept
 * as plain text, formatting as it was before the change. A body without marks comes back
 * as it was (the same object), so the common case costs one walk.
 */
export function bodyAsPublished<T>(body: T): T {
  if (!isNode(body)) return body;
  const root = (body as { root?: unknown }).root;
  if (!isNode(root) || !containsSuggestion(root)) return body;
  return { ...body, root: withoutMarks(root as JsonNode, null) } as T;
}

/** How many distinct open suggestions (by id) the body holds: what publishing asks about. */
export function countOpenSuggestions(body: unknown): number {
  const root = isNode(body) ? (body as { root?: unknown }).root : null;
  if (!isNode(root)) return 0;
  const ids = new Set<string>();
  for (const node of nodesOf(root)) {
    if (isSuggestion(node))
      ids.add(
        typeof (node as JsonNode).id === 'string'
          ? ((node as JsonNode).id as string)
          : `${ids.size}`,
      );
  }
  return ids.size;
}

/** A body from a file may hold anything as a type, even an object String() throws on. */
function isSuggestion(node: SerializedNode): boolean {
  return typeof node.type === 'string' && SUGGESTION_TYPES.has(node.type);
}

function containsSuggestion(root: SerializedNode): boolean {
  for (const node of nodesOf(root)) if (isSuggestion(node)) return true;
  return false;
}

/**
 * Every node under `root`, with a stack of its own: a body from a file can nest deeper than
 * the call stack (the trust boundary refuses one past its depth limit, and this walk still
 * must not be what fails first).
 */
function* nodesOf(root: SerializedNode): Generator<SerializedNode> {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    const children = childrenOf(node);
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index]);
  }
}

/** `node` without marks; `formatBefore` is the format a surrounding format mark restores. */
function withoutMarks(node: JsonNode, formatBefore: number | null): JsonNode {
  if (typeof node.text === 'string')
    return formatBefore === null ? node : { ...node, format: formatBefore };
  if (!Array.isArray(node.children)) return node;
  return {
    ...node,
    children: mergeText(
      childrenOf(node).flatMap((child) => published(child as JsonNode, formatBefore)),
    ),
  };
}

function published(node: JsonNode, formatBefore: number | null): JsonNode[] {
  switch (node.type) {
    case SUGGESTION_INSERT:
      return [];
    case SUGGESTION_DELETE:
      return childrenOf(node).flatMap((child) => published(child as JsonNode, formatBefore));
    case SUGGESTION_FORMAT: {
      // An outer format mark is the older change: what it restores wins over an inner one's.
      const before = formatBefore ?? (typeof node.before === 'number' ? node.before : 0);
      return childrenOf(node).flatMap((child) => published(child as JsonNode, before));
    }
    default:
      return [withoutMarks(node, formatBefore)];
  }
}

/** Joins neighbouring text runs that now look the same, as the editor itself would. */
function mergeText(nodes: JsonNode[]): JsonNode[] {
  const merged: JsonNode[] = [];
  for (const node of nodes) {
    const previous = merged.at(-1);
    if (previous && sameRun(previous, node))
      merged[merged.length - 1] = {
        ...previous,
        text: `${previous.text as string}${node.text as string}`,
      };
    else merged.push(node);
  }
  return merged;
}

function sameRun(a: JsonNode, b: JsonNode): boolean {
  return (
    a.type === 'text' &&
    b.type === 'text' &&
    typeof a.text === 'string' &&
    typeof b.text === 'string' &&
    (a.format ?? 0) === (b.format ?? 0) &&
    (a.style ?? '') === (b.style ?? '') &&
    (a.mode ?? 'normal') === (b.mode ?? 'normal')
  );
}
