// Bold, italic and the rest in suggesting mode: the text changes format at once (that is
// what the reviewer wants to see) inside a format mark that remembers the format before,
// so rejecting restores it and publishing ignores it until it is accepted.
import {
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  type TextFormatType,
  type TextNode,
} from 'lexical';
import { $createSuggestionFormatNode } from '../nodes/SuggestionNodes.ts';
import type { Suggester } from './suggestion-author.ts';
import { $formatChangeAround, $insertionAround } from './suggestion-place.ts';
import { $unwrap } from './resolve-suggestions.ts';

/** Toggles `format` on the selected text as a suggestion; false for a caret (nothing to mark). */
export function $suggestFormat(format: TextFormatType, who: Suggester): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return false;
  const adding = !selection.hasFormat(format);
  const texts = selection
    .extract()
    .filter((node): node is TextNode => $isTextNode(node) && node.getTextContentSize() > 0);
  const id = who.newId();
  for (const text of texts) {
    const before = text.getFormat();
    if (text.hasFormat(format) !== adding) text.toggleFormat(format);
    // Inserted text is new either way: its format is part of the insertion.
    if (text.getFormat() === before || $insertionAround(text)) continue;
    const change = $formatChangeAround(text);
    if (change === null) {
      const mark = $createSuggestionFormatNode({ id, author: who.author, time: who.now() }, before);
      text.insertBefore(mark);
      mark.append(text);
    } else if (change.getChildrenSize() === 1 && text.getFormat() === change.getBefore()) {
      // Toggled back to what it was: nothing is suggested any more.
      $unwrap(change);
    }
  }
  if (selection.hasFormat(format) !== adding) selection.toggleFormat(format);
  return true;
}
