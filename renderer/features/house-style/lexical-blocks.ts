// The editor as the checker sees it: the blocks of text it checks (paragraphs, headings,
// quotes, list items), where each offset of a block's text lives (which TextNode), and
// edits of a block's text made through those TextNodes, so formatting and undo survive;
// which nodes each update changed, for the checks that keep their underlines current; and
// taking the writer to a flagged range.
import {
  $createRangeSelection,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import type { TextEdit } from '../../../common/arabic/house-style/apply-fix.ts';

export interface CheckedBlock {
  key: NodeKey;
  text: string;
}

/** A piece of a block's text: a TextNode (`text`), or a line break or other leaf. */
export interface TextSegment {
  key: NodeKey;
  start: number;
  end: number;
  text: boolean;
}

/**
 * Notes in `dirty` every node an update changed, then calls `changed`: a check redraws their
 * blocks' underlines (their DOM may be new) after the pause it chooses. Returns the unlisten.
 */
export function collectDirtyNodes(
  editor: LexicalEditor,
  dirty: Set<NodeKey>,
  changed: () => void,
): () => void {
  return editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
    if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
    for (const key of dirtyElements.keys()) dirty.add(key);
    for (const key of dirtyLeaves) dirty.add(key);
    changed();
  });
}

const isBlockElement = (node: LexicalNode): node is ElementNode =>
  $isElementNode(node) && !node.isInline();

/** Blocks whose children are all inline: their text is one line of the article. */
export function $checkedBlocks(): CheckedBlock[] {
  const blocks: CheckedBlock[] = [];
  const visit = (container: ElementNode) => {
    for (const child of container.getChildren()) {
      if (!isBlockElement(child)) continue;
      if (child.getChildren().some(isBlockElement)) visit(child);
      else blocks.push({ key: child.getKey(), text: child.getTextContent() });
    }
  };
  visit($getRoot());
  return blocks;
}

/** The checked block a node is in (itself, if it is one); null for the root and lists. */
export function $checkedBlockOf(key: NodeKey): NodeKey | null {
  for (let node: LexicalNode | null = $getNodeByKey(key); node; node = node.getParent()) {
    if (isBlockElement(node)) return node.getChildren().some(isBlockElement) ? null : node.getKey();
  }
  return null;
}

export function $blockText(blockKey: NodeKey): string | null {
  const block = $getNodeByKey(blockKey);
  return block && isBlockElement(block) ? block.getTextContent() : null;
}

export function $segments(blockKey: NodeKey): TextSegment[] {
  const block = $getNodeByKey(blockKey);
  const segments: TextSegment[] = [];
  let offset = 0;
  const visit = (node: LexicalNode) => {
    if ($isElementNode(node)) {
      for (const child of node.getChildren()) visit(child);
      return;
    }
    const length = node.getTextContentSize();
    segments.push({
      key: node.getKey(),
      start: offset,
      end: offset + length,
      text: $isTextNode(node),
    });
    offset += length;
  };
  if ($isElementNode(block)) for (const child of block.getChildren()) visit(child);
  return segments;
}

/** Applies edits (last first, as minimalEdits gives them) to the block's TextNodes. */
export function $applyEdits(blockKey: NodeKey, edits: readonly TextEdit[]): void {
  for (const edit of edits) {
    const segments = $segments(blockKey);
    // The text goes into the first TextNode the edit touches; the rest of the range is deleted.
    let inserted = false;
    for (const segment of segments) {
      const touches =
        edit.start === edit.end
          ? segment.start <= edit.start && edit.start <= segment.end
          : segment.start < edit.end && edit.start < segment.end;
      if (!touches || (inserted && edit.start === edit.end)) continue;
      const node = $getNodeByKey(segment.key);
      if (!node) continue;
      const from = Math.max(edit.start, segment.start) - segment.start;
      const to = Math.min(edit.end, segment.end) - segment.start;
      if ($isTextNode(node) && segment.text) {
        node.spliceText(from, to - from, inserted ? '' : edit.text);
        inserted = true;
      } else if (from === 0 && to === segment.end - segment.start) {
        node.remove();
      }
    }
  }
  $keepSelectionInside();
}

/** A selection left past the end of a shortened TextNode (or on a removed one) is pulled back. */
function $keepSelectionInside(): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  for (const point of [selection.anchor, selection.focus]) {
    const node = $getNodeByKey(point.key);
    if (!node || !node.isAttached()) {
      $setSelection(null);
      return;
    }
    if ($isTextNode(node) && point.offset > node.getTextContentSize())
      point.set(point.key, node.getTextContentSize(), 'text');
  }
}

/** Selects [start, end) of the block's text, as the writer would with the mouse. */
export function $selectBlockRange(blockKey: NodeKey, start: number, end: number): boolean {
  const segments = $segments(blockKey).filter((segment) => segment.text);
  const at = (offset: number, preferEarlier: boolean) =>
    segments.find((segment) =>
      preferEarlier
        ? segment.start < offset && offset <= segment.end
        : segment.start <= offset && offset < segment.end,
    ) ?? segments.find((segment) => segment.start <= offset && offset <= segment.end);
  const anchor = at(start, false);
  const focus = at(end, true);
  if (!anchor || !focus) return false;
  const selection = $createRangeSelection();
  selection.anchor.set(anchor.key, start - anchor.start, 'text');
  selection.focus.set(focus.key, end - focus.start, 'text');
  $setSelection(selection);
  return true;
}

/**
 * Selects `start`–`end` of the block, if `$allowed` (the block still reads as it was
 * checked), then brings the block to the middle of the view and gives the editor focus.
 */
export function revealBlockRange(
  editor: LexicalEditor,
  blockKey: NodeKey,
  start: number,
  end: number,
  $allowed: () => boolean = () => true,
): void {
  editor.update(() => void ($allowed() && $selectBlockRange(blockKey, start, end)), {
    onUpdate: () => {
      editor.getElementByKey(blockKey)?.scrollIntoView({ block: 'center' });
      editor.focus();
    },
  });
}
