// Replacing matches: the match is selected and its replacement goes through the same
// commands typing uses, so in suggesting mode the suggesting plugin turns it into a
// suggestion (the match marked deleted, the replacement inserted, one id) and otherwise it
// is a plain edit; either way the first text node's format is kept, as typing over a
// selection keeps it.
import {
  $addUpdateTag,
  $createRangeSelection,
  $getNodeByKey,
  $isTextNode,
  $setSelection,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  HISTORY_PUSH_TAG,
  REMOVE_TEXT_COMMAND,
  SKIP_DOM_SELECTION_TAG,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import { IS_SUGGESTING_COMMAND } from '../commands.ts';
import { $isImageNode } from '../nodes/ImageNode.tsx';
import type { ArticleMatch, MatchPart } from './article-matches.ts';

/** Selects the match in the editor state; false when its nodes are gone or read-only. */
export function $selectMatch(match: ArticleMatch): boolean {
  const first = match.parts[0];
  const last = match.parts.at(-1);
  if (!first || !last) return false;
  const start = $getNodeByKey<TextNode>(first.key);
  const end = $getNodeByKey<TextNode>(last.key);
  if (!$isTextNode(start) || !$isTextNode(end) || !isEditableText(start) || !isEditableText(end))
    return false;
  const selection = $createRangeSelection();
  selection.anchor.set(first.key, first.start, 'text');
  selection.focus.set(last.key, last.end, 'text');
  selection.format = start.getFormat();
  selection.style = start.getStyle();
  $setSelection(selection);
  return true;
}

/** A token or segmented text node (a mention-like unit) is not changed piecemeal. */
function isEditableText(node: TextNode): boolean {
  return node.isSimpleText() && node.getMode() === 'normal';
}

/**
 * Replaces `match` (run inside editor.update). The find bar keeps the focus: the DOM
 * selection is left where it is.
 */
export function $replaceMatch(
  editor: LexicalEditor,
  match: ArticleMatch,
  replacement: string,
): boolean {
  if (match.caption) return $replaceInCaption(editor, match.caption, replacement);
  if (!$selectMatch(match)) return false;
  $addUpdateTag(SKIP_DOM_SELECTION_TAG);
  if (replacement === '') editor.dispatchCommand(REMOVE_TEXT_COMMAND, null);
  else editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, replacement);
  return true;
}

/**
 * Replaces every match in one update, which the history keeps as one entry (pushed, never
 * merged into the typing before it), so one Ctrl+Z takes the whole replacement back. Last
 * match first: replacing one splits only its own text nodes, so the keys and offsets of the
 * matches before it stay true. Returns how many were replaced.
 */
export function replaceAllMatches(
  editor: LexicalEditor,
  matches: readonly ArticleMatch[],
  replacement: string,
): number {
  let replaced = 0;
  if (matches.length === 0 || !editor.isEditable()) return 0;
  editor.update(
    () => {
      $addUpdateTag(HISTORY_PUSH_TAG);
      for (const match of [...matches].reverse()) {
        if ($replaceMatch(editor, match, replacement)) replaced += 1;
      }
    },
    { discrete: true },
  );
  return replaced;
}

/**
 * A caption is a plain string of its image, with no room for suggestion marks: it is
 * replaced as a plain edit, and left as it is in suggesting mode.
 */
function $replaceInCaption(editor: LexicalEditor, place: MatchPart, replacement: string): boolean {
  const image = $getNodeByKey(place.key);
  if (!$isImageNode(image) || editor.dispatchCommand(IS_SUGGESTING_COMMAND, undefined))
    return false;
  const caption = image.getCaption();
  image.setCaption(caption.slice(0, place.start) + replacement + caption.slice(place.end));
  return true;
}
