// Where a piece of text sits among the suggestion marks: the questions the suggesting
// edits ask before they touch it.
import type { LexicalNode } from 'lexical';
import {
  $isSuggestionDeleteNode,
  $isSuggestionInsertNode,
  $isSuggestionFormatNode,
  type SuggestionDeleteNode,
  type SuggestionFormatNode,
  type SuggestionInsertNode,
} from '../nodes/SuggestionNodes.ts';

/** The outermost deletion around `node`, if it is already marked deleted. */
export function $deletionAround(node: LexicalNode): SuggestionDeleteNode | null {
  let found: SuggestionDeleteNode | null = null;
  for (let parent = node.getParent(); parent !== null; parent = parent.getParent()) {
    if ($isSuggestionDeleteNode(parent)) found = parent;
  }
  return found;
}

/** The nearest insertion around `node` (by anyone). */
export function $insertionAround(node: LexicalNode): SuggestionInsertNode | null {
  for (let parent = node.getParent(); parent !== null; parent = parent.getParent()) {
    if ($isSuggestionInsertNode(parent)) return parent;
  }
  return null;
}

/** The insertion around `node` if `author` made it: text they may simply edit. */
export function $ownInsertionAround(
  node: LexicalNode,
  author: string,
): SuggestionInsertNode | null {
  const insertion = $insertionAround(node);
  return insertion !== null && insertion.getMeta().author === author ? insertion : null;
}

export function $formatChangeAround(node: LexicalNode): SuggestionFormatNode | null {
  for (let parent = node.getParent(); parent !== null; parent = parent.getParent()) {
    if ($isSuggestionFormatNode(parent)) return parent;
  }
  return null;
}

export function isOwnInsertion(
  node: LexicalNode | null,
  author: string,
): node is SuggestionInsertNode {
  return $isSuggestionInsertNode(node) && node.getMeta().author === author;
}

export function isOwnDeletion(
  node: LexicalNode | null,
  author: string,
): node is SuggestionDeleteNode {
  return $isSuggestionDeleteNode(node) && node.getMeta().author === author;
}
