// Accepting and rejecting suggestions, one, all of one author's, or all, inside an editor
// update. Each mark resolves on its own (unwrap it, or drop it with its text), so the order
// never matters and nested marks resolve independently: rejecting an insertion that holds
// another reviewer's deletion removes both, since the deleted text was never there.
import { $getRoot, $isElementNode, $isTextNode, type ElementNode, type LexicalNode } from 'lexical';
import {
  $isSuggestionDeleteNode,
  $isSuggestionFormatNode,
  $isSuggestionInsertNode,
  $isSuggestionNode,
  type AnySuggestionNode,
} from '../nodes/SuggestionNodes.ts';

export type Resolution = 'accept' | 'reject';

/** Which suggestions a resolution applies to. */
export type SuggestionFilter = { id: string } | { author: string } | 'all';

/** Resolves the matching suggestions; returns how many marks it resolved. */
export function $resolveSuggestions(filter: SuggestionFilter, resolution: Resolution): number {
  const marks = $suggestionMarks().filter((mark) => matches(mark, filter));
  let resolved = 0;
  for (const mark of marks) {
    // A mark inside one already removed went with it.
    if (!mark.isAttached()) continue;
    $resolveMark(mark, resolution);
    resolved += 1;
  }
  return resolved;
}

/** Every suggestion mark in document order, outer marks before the marks inside them. */
export function $suggestionMarks(): AnySuggestionNode[] {
  const marks: AnySuggestionNode[] = [];
  const visit = (node: LexicalNode) => {
    if ($isSuggestionNode(node)) marks.push(node);
    if ($isElementNode(node)) for (const child of node.getChildren()) visit(child);
  };
  visit($getRoot());
  return marks;
}

function matches(mark: AnySuggestionNode, filter: SuggestionFilter): boolean {
  if (filter === 'all') return true;
  const meta = mark.getMeta();
  return 'id' in filter ? meta.id === filter.id : meta.author === filter.author;
}

function $resolveMark(mark: AnySuggestionNode, resolution: Resolution): void {
  const keepsText =
    ($isSuggestionInsertNode(mark) && resolution === 'accept') ||
    ($isSuggestionDeleteNode(mark) && resolution === 'reject') ||
    $isSuggestionFormatNode(mark);
  if ($isSuggestionFormatNode(mark) && resolution === 'reject')
    $setFormatWithin(mark, mark.getBefore());
  if (keepsText) $unwrap(mark);
  else mark.remove();
}

/** Puts the text inside `mark` back to `format`, the format it had before the suggestion. */
function $setFormatWithin(element: ElementNode, format: number): void {
  for (const child of element.getChildren()) {
    if ($isTextNode(child)) child.setFormat(format);
    // An inner format mark is a later change on top of this one: rejecting the earlier one restores what was first.
    else if ($isElementNode(child)) $setFormatWithin(child, format);
  }
}

/** Moves the mark's children to where the mark was; Lexical then merges equal neighbouring text. */
export function $unwrap(mark: ElementNode): void {
  for (const child of mark.getChildren()) mark.insertBefore(child);
  mark.remove();
}
