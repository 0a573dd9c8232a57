// The comment marks in the editor: where they are, putting one on a selection, taking one
// off. Each runs inside an editor read or update ($ functions).
import {
  $isMarkNode,
  $unwrapMarkNode,
  $wrapSelectionInMarkNode,
  type MarkNode,
} from '@lexical/mark';
import {
  $getNearestNodeFromDOMNode,
  $getRoot,
  $isElementNode,
  $isRangeSelection,
  type BaseSelection,
  type LexicalNode,
} from 'lexical';

/** Every MarkNode of the body, in document order. */
export function $markNodes(): MarkNode[] {
  const marks: MarkNode[] = [];
  const visit = (node: LexicalNode): void => {
    if ($isMarkNode(node)) marks.push(node);
    if ($isElementNode(node)) for (const child of node.getChildren()) visit(child);
  };
  visit($getRoot());
  return marks;
}

export function $markIdsInDocumentOrder(): string[] {
  return $markNodes().flatMap((mark) => mark.getIDs());
}

/** Wraps the selected text in a mark for the thread `id`; false when nothing is selected. */
export function $anchorComment(selection: BaseSelection | null, id: string): boolean {
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return false;
  $wrapSelectionInMarkNode(selection, selection.isBackward(), id);
  return true;
}

/** Takes the thread `id` off every mark; a mark left with no thread becomes plain text again. */
export function $removeAnchors(id: string): void {
  for (const mark of $markNodes()) {
    if (!mark.hasID(id)) continue;
    mark.deleteID(id);
    if (mark.getIDs().length === 0) $unwrapMarkNode(mark);
  }
}

/** The thread ids of the mark a DOM node (a click's target) lies in, innermost first. */
export function $markIdsAt(target: Node): string[] {
  let node: LexicalNode | null = $getNearestNodeFromDOMNode(target);
  while (node) {
    if ($isMarkNode(node)) return [...node.getIDs()];
    node = node.getParent();
  }
  return [];
}
