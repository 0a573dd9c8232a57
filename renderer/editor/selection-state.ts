// What the caret is in: block type, list, link, formats and direction. Read by the
// toolbar (aria-pressed) and by the commands that toggle (a second press undoes).
import { $isLinkNode, type LinkNode } from '@lexical/link';
import { $isListNode, ListNode } from '@lexical/list';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $findMatchingParent, $getNearestNodeOfType } from '@lexical/utils';
import {
  $isElementNode,
  $isRangeSelection,
  $isRootOrShadowRoot,
  type BaseSelection,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import type { BlockType, ListType } from './commands.ts';

export interface SelectionState {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strikethrough: boolean;
  blockType: BlockType;
  listType: ListType | null;
  link: boolean;
  ltr: boolean;
}

export const EMPTY_SELECTION_STATE: SelectionState = {
  bold: false,
  italic: false,
  underline: false,
  strikethrough: false,
  blockType: 'paragraph',
  listType: null,
  link: false,
  ltr: false,
};

/** The top-level block (child of the root) that holds a node. */
export function $topLevelBlockOf(node: LexicalNode): ElementNode | null {
  if ($isRootOrShadowRoot(node)) return null;
  const block = node.getTopLevelElement();
  return $isElementNode(block) ? block : null;
}

export function $blockTypeOf(node: LexicalNode): BlockType {
  const block = $topLevelBlockOf(node);
  if ($isHeadingNode(block)) {
    const tag = block.getTag();
    return tag === 'h2' || tag === 'h3' ? tag : 'paragraph';
  }
  return $isQuoteNode(block) ? 'quote' : 'paragraph';
}

export function $listTypeOf(node: LexicalNode): ListType | null {
  const list = $getNearestNodeOfType(node, ListNode);
  if (!$isListNode(list)) return null;
  const type = list.getListType();
  return type === 'bullet' || type === 'number' ? type : null;
}

export function $linkOf(node: LexicalNode): LinkNode | null {
  return $findMatchingParent(node, $isLinkNode) as LinkNode | null;
}

export function $readSelectionState(selection: BaseSelection | null): SelectionState {
  if (!$isRangeSelection(selection)) return EMPTY_SELECTION_STATE;
  const anchor = selection.anchor.getNode();
  return {
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    strikethrough: selection.hasFormat('strikethrough'),
    blockType: $blockTypeOf(anchor),
    listType: $listTypeOf(anchor),
    link: $linkOf(anchor) !== null || $linkOf(selection.focus.getNode()) !== null,
    ltr: $topLevelBlockOf(anchor)?.getDirection() === 'ltr',
  };
}

export function sameSelectionState(a: SelectionState, b: SelectionState): boolean {
  return (Object.keys(a) as (keyof SelectionState)[]).every((key) => a[key] === b[key]);
}
