// The order the comments panel lists threads in: as their marks come in the body, then the
// threads whose text was deleted ("text removed"), oldest first. Nothing is ever dropped.
import type { CommentThread, DraftReview } from '../../../../electron/contract/index.ts';

export interface ListedThread {
  thread: CommentThread;
  /** False when no mark in the body carries the thread's id any more. */
  anchored: boolean;
}

/** `anchorIds`: the ids of the marks in the body, in document order (repeats allowed). */
export function threadsInDocumentOrder(
  review: DraftReview,
  anchorIds: readonly string[],
): ListedThread[] {
  const position = new Map<string, number>();
  anchorIds.forEach((id, index) => {
    if (!position.has(id)) position.set(id, index);
  });
  const anchored = review.comments
    .filter((thread) => position.has(thread.id))
    .sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
  const removed = review.comments
    .filter((thread) => !position.has(thread.id))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return [
    ...anchored.map((thread) => ({ thread, anchored: true })),
    ...removed.map((thread) => ({ thread, anchored: false })),
  ];
}

type JsonNode = { type?: unknown; ids?: unknown; children?: unknown };

/** The mark ids of a serialized Lexical body, in document order: what Node reads where no editor runs. */
export function markIdsInBody(body: unknown): string[] {
  const ids: string[] = [];
  const visit = (node: JsonNode): void => {
    if (node.type === 'mark' && Array.isArray(node.ids))
      ids.push(...node.ids.filter((id): id is string => typeof id === 'string'));
    if (Array.isArray(node.children))
      for (const child of node.children) if (isNode(child)) visit(child);
  };
  const root = isNode(body) ? (body as { root?: unknown }).root : undefined;
  if (isNode(root)) visit(root);
  return ids;
}

function isNode(value: unknown): value is JsonNode {
  return typeof value === 'object' && value !== null;
}
