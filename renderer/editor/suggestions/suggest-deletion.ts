// Deleting in suggesting mode: the text stays, marked as a deletion by the reviewer, and the
// caret moves past it as if it were gone. Text the reviewer inserted themselves, still a
// suggestion, really goes. A letter goes with its harakat: the unit is a grapheme cluster
// (Intl.Segmenter), never a lone combining mark. A deletion stops at the block's edge:
// joining paragraphs is not tracked, so it is not offered.
import {
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
  type RangeSelection,
  type TextNode,
} from 'lexical';
import { $createSuggestionDeleteNode } from '../nodes/SuggestionNodes.ts';
import type { Suggester } from './suggestion-author.ts';
import {
  $deletionAround,
  $insertionAround,
  $ownInsertionAround,
  isOwnDeletion,
} from './suggestion-place.ts';

export type DeletionUnit = 'character' | 'word' | 'line';

// Made on the first deletion, not when the module loads: a segmenter's first construction
// loads ICU's break rules, 6-9 ms of the app's start in a CPU profile.
const segmenters: Partial<Record<'grapheme' | 'word', Intl.Segmenter>> = {};

function segmenter(granularity: 'grapheme' | 'word'): Intl.Segmenter {
  return (segmenters[granularity] ??= new Intl.Segmenter('ar', { granularity }));
}

/** Backspace or Delete in suggesting mode; false when there is no text selection to act on. */
export function $suggestDeletion(isBackward: boolean, unit: DeletionUnit, who: Suggester): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  if (!selection.isCollapsed()) {
    $suggestDeletingSelection(selection, who, isBackward ? 'start' : 'end');
    return true;
  }
  const range = $rangeToDelete(selection, isBackward, unit);
  if (range === null) return true;
  const [node, start, end] = range;
  const target = $isolate(node, start, end);
  const caretOffset = isBackward ? 0 : target.getTextContentSize();
  if ($ownInsertionAround(target, who.author)) {
    $removeKeepingCaret(target);
    return true;
  }
  $markDeleted(target, who.newId(), who);
  target.select(caretOffset, caretOffset);
  return true;
}

/**
 * Marks the selected text deleted and collapses the selection to its `edge`; returns the id
 * of the deletion (a replacement's insertion shares it), or null when nothing was marked.
 */
export function $suggestDeletingSelection(
  selection: RangeSelection,
  who: Suggester,
  edge: 'start' | 'end',
): string | null {
  const texts = selection
    .extract()
    .filter((node): node is TextNode => $isTextNode(node) && node.getTextContentSize() > 0);
  const id = who.newId();
  let markedId: string | null = null;
  const kept: TextNode[] = [];
  const removed: TextNode[] = [];
  for (const text of texts) {
    if ($deletionAround(text)) kept.push(text);
    else if ($ownInsertionAround(text, who.author)) removed.push(text);
    else {
      markedId = $markDeleted(text, markedId ?? id, who);
      kept.push(text);
    }
  }
  const caretNode = edge === 'start' ? kept[0] : kept.at(-1);
  if (caretNode) caretNode.select(...twice(edge === 'start' ? 0 : caretNode.getTextContentSize()));
  for (const text of removed) $removeKeepingCaret(text);
  return markedId;
}

function twice(offset: number): [number, number] {
  return [offset, offset];
}

/** Wraps `text` in a deletion, joining the reviewer's deletion right beside it; returns that deletion's id. */
function $markDeleted(text: TextNode, id: string, who: Suggester): string {
  const previous = text.getPreviousSibling();
  const next = text.getNextSibling();
  if (isOwnDeletion(previous, who.author)) {
    previous.append(text);
    if (isOwnDeletion(next, who.author)) {
      previous.append(...next.getChildren());
      next.remove();
    }
    return previous.getMeta().id;
  }
  if (isOwnDeletion(next, who.author)) {
    const first = next.getFirstChild();
    if (first) first.insertBefore(text);
    else next.append(text);
    return next.getMeta().id;
  }
  const mark = $createSuggestionDeleteNode({ id, author: who.author, time: who.now() });
  text.insertBefore(mark);
  mark.append(text);
  return id;
}

/** The text node holding exactly [start, end) of `node`, split out of it. */
function $isolate(node: TextNode, start: number, end: number): TextNode {
  if (start === 0 && end === node.getTextContentSize()) return node;
  const parts = node.splitText(start, end);
  return start === 0 ? parts[0]! : parts[1]!;
}

/** Removes the reviewer's own inserted text, leaving the caret where it was. */
function $removeKeepingCaret(text: TextNode): void {
  const previous = text.getPreviousSibling();
  const next = text.getNextSibling();
  if ($isTextNode(previous))
    previous.select(previous.getTextContentSize(), previous.getTextContentSize());
  else if ($isTextNode(next)) next.select(0, 0);
  else {
    // The insertion holds nothing else: the caret goes where the mark was.
    const mark = $insertionAround(text) ?? outermostInline(text);
    const parent = mark.getParent();
    if (parent) parent.select(mark.getIndexWithinParent(), mark.getIndexWithinParent());
  }
  text.remove();
}

function outermostInline(node: LexicalNode): LexicalNode {
  let current = node;
  for (
    let parent = node.getParent();
    parent !== null && parent.isInline();
    parent = parent.getParent()
  )
    current = parent;
  return current;
}

/** The text node and offsets a collapsed deletion takes, skipping text already marked deleted. */
function $rangeToDelete(
  selection: RangeSelection,
  isBackward: boolean,
  unit: DeletionUnit,
): [TextNode, number, number] | null {
  const anchor = selection.anchor;
  const anchorNode = anchor.getNode();
  const block = blockOf(anchorNode);
  const texts = textsIn(block);
  let index: number;
  let offset: number;
  if ($isTextNode(anchorNode)) {
    index = texts.indexOf(anchorNode);
    offset = anchor.offset;
  } else {
    // An element point sits between children: start from the text just before it.
    const before = texts.filter((text) =>
      isBeforePoint(text, anchorNode as ElementNode, anchor.offset),
    );
    index = isBackward ? before.length - 1 : before.length;
    offset = isBackward && index >= 0 ? texts[index]!.getTextContentSize() : 0;
  }
  while (index >= 0 && index < texts.length) {
    const text = texts[index]!;
    const content = text.getTextContent();
    const available = isBackward ? offset > 0 : offset < content.length;
    if (available && !$deletionAround(text))
      return [text, ...unitAround(content, offset, isBackward, unit)];
    index += isBackward ? -1 : 1;
    offset = isBackward ? (texts[index]?.getTextContentSize() ?? 0) : 0;
  }
  return null;
}

function unitAround(
  content: string,
  offset: number,
  isBackward: boolean,
  unit: DeletionUnit,
): [number, number] {
  if (unit === 'line') return isBackward ? [0, offset] : [offset, content.length];
  const segments = [...segmenter(unit === 'word' ? 'word' : 'grapheme').segment(content)];
  if (isBackward) {
    const segment = segments.findLast((part) => part.index < offset)!;
    let start = segment.index;
    // Backspace after a space takes the word before it too, as word deletion does everywhere.
    if (unit === 'word' && !segment.isWordLike)
      start = segments.findLast((part) => part.index < start && part.isWordLike)?.index ?? start;
    return [start, offset];
  }
  const segment = segments.find((part) => part.index + part.segment.length > offset)!;
  return [offset, segment.index + segment.segment.length];
}

function blockOf(node: LexicalNode): ElementNode {
  let current: LexicalNode = node;
  while (!$isElementNode(current) || current.isInline()) {
    const parent = current.getParent();
    if (parent === null) break;
    current = parent;
  }
  return current as ElementNode;
}

/** The text of a block in order, through inline elements (links, marks) but not into nested blocks. */
function textsIn(block: ElementNode): TextNode[] {
  const texts: TextNode[] = [];
  const visit = (node: LexicalNode) => {
    if ($isTextNode(node)) texts.push(node);
    else if ($isElementNode(node) && (node === block || node.isInline()))
      node.getChildren().forEach(visit);
  };
  visit(block);
  return texts;
}

function isBeforePoint(text: TextNode, element: ElementNode, offset: number): boolean {
  const child = element.getChildAtIndex(offset);
  if (child === null) return element.isParentOf(text) || element.is(text);
  return text.isBefore(child);
}
