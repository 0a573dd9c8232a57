// Typing in suggesting mode: the text goes in marked as an insertion by the reviewer.
// Typing on from the reviewer's own insertion extends it; typing over a selection marks the
// selection deleted and inserts after it (a replacement, one suggestion with one id); the
// caret never types into text already marked deleted, it steps out of the deletion first.
import {
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
  type RangeSelection,
  type TextNode,
} from 'lexical';
import { $createSuggestionInsertNode } from '../nodes/SuggestionNodes.ts';
import { $suggestDeletingSelection } from './suggest-deletion.ts';
import type { Suggester } from './suggestion-author.ts';
import { $deletionAround, $ownInsertionAround, isOwnInsertion } from './suggestion-place.ts';

/** A place between two nodes: before `parent`'s child at `index`. */
interface Gap {
  parent: ElementNode;
  index: number;
}

/** Inserts `text` as the reviewer's suggestion; false when there is no text selection. */
export function $suggestInsertion(text: string, who: Suggester): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || text === '') return false;
  const replacing = selection.isCollapsed()
    ? null
    : $suggestDeletingSelection(selection, who, 'end');
  const current = $getSelection();
  if (!$isRangeSelection(current)) return true;
  const { format, style } = current;
  const place = $insertionPlace(current, who);
  if (!isGap(place)) {
    // Inside the reviewer's own insertion: the text simply joins it.
    place.spliceText(current.anchor.offset, 0, text, true);
    return true;
  }
  const written = $insertAt(place, text, replacing ?? who.newId(), who);
  written.setFormat(format);
  written.setStyle(style);
  written.select(text.length, text.length);
  return true;
}

/** Where typed text goes: into a text node of the reviewer's own insertion, or into a gap between nodes. */
function $insertionPlace(selection: RangeSelection, who: Suggester): TextNode | Gap {
  const anchorNode = selection.anchor.getNode();
  const offset = selection.anchor.offset;
  if (!$isTextNode(anchorNode)) return { parent: anchorNode as ElementNode, index: offset };
  const deletion = $deletionAround(anchorNode);
  if (deletion) {
    const parent = deletion.getParentOrThrow();
    const atStart = offset === 0 && deletion.getFirstDescendant()?.is(anchorNode) === true;
    return { parent, index: deletion.getIndexWithinParent() + (atStart ? 0 : 1) };
  }
  const ownInsertion = $ownInsertionAround(anchorNode, who.author);
  if (ownInsertion && anchorNode.getFormat() === selection.format) return anchorNode;
  return gapAt(anchorNode, offset);
}

/** The gap at `offset` in `text`, splitting the text when the caret is inside it. */
function gapAt(text: TextNode, offset: number): Gap {
  const parent = text.getParentOrThrow();
  if (offset === 0) return { parent, index: text.getIndexWithinParent() };
  if (offset === text.getTextContentSize())
    return { parent, index: text.getIndexWithinParent() + 1 };
  const [left] = text.splitText(offset);
  return { parent, index: left!.getIndexWithinParent() + 1 };
}

/** Writes `text` into the gap: into the reviewer's insertion touching it, or a new insertion. */
function $insertAt(gap: Gap, text: string, id: string, who: Suggester): TextNode {
  const written = $createTextNode(text);
  const before = gap.index > 0 ? gap.parent.getChildAtIndex(gap.index - 1) : null;
  const after = gap.parent.getChildAtIndex(gap.index);
  if (isInsideOwnInsertion(gap.parent, who.author)) {
    placeIn(gap, written);
  } else if (isOwnInsertion(before, who.author)) {
    before.append(written);
  } else if (isOwnInsertion(after, who.author)) {
    const first = after.getFirstChild();
    if (first) first.insertBefore(written);
    else after.append(written);
  } else {
    const mark = $createSuggestionInsertNode({ id, author: who.author, time: who.now() });
    mark.append(written);
    placeIn(gap, mark);
  }
  return written;
}

function isInsideOwnInsertion(node: LexicalNode, author: string): boolean {
  for (let current: LexicalNode | null = node; current !== null; current = current.getParent()) {
    if (isOwnInsertion(current, author)) return true;
  }
  return false;
}

function isGap(place: TextNode | Gap): place is Gap {
  return 'parent' in place && 'index' in place;
}

function placeIn(gap: Gap, node: LexicalNode): void {
  const after = gap.parent.getChildAtIndex(gap.index);
  if (after) after.insertBefore(node);
  else gap.parent.append(node);
}
