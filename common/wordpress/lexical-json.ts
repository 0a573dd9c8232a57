// The parts of Lexical's serialized nodes the WordPress serializer reads. The body comes
// from disk or the network, so every field is checked where it is used.

export interface SerializedNode {
  type?: unknown;
  text?: unknown;
  format?: unknown;
  direction?: unknown;
  children?: unknown;
  tag?: unknown;
  listType?: unknown;
  start?: unknown;
  url?: unknown;
  // The image node (renderer/editor/nodes/ImageNode.tsx): its file in the draft by hash;
  // `src` and `id` once publishing has pointed it at the upload.
  hash?: unknown;
  src?: unknown;
  id?: unknown;
  alt?: unknown;
  caption?: unknown;
  // A protected block (block-import.ts): its block's name and exact markup on the site.
  blockName?: unknown;
  source?: unknown;
  // A table cell: Lexical's TableCellHeaderStates bits (1 a header row's cell).
  headerState?: unknown;
}

export type TextDirection = 'ltr' | 'rtl';

export function isNode(value: unknown): value is SerializedNode {
  return typeof value === 'object' && value !== null;
}

export function childrenOf(node: SerializedNode): SerializedNode[] {
  return Array.isArray(node.children) ? node.children.filter(isNode) : [];
}

export function rootOf(state: unknown): SerializedNode | null {
  const root = isNode(state) ? (state as { root?: unknown }).root : null;
  return isNode(root) ? root : null;
}

export function directionOf(node: SerializedNode): TextDirection | null {
  return node.direction === 'ltr' || node.direction === 'rtl' ? node.direction : null;
}

export function stringField(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
