// Suggesting mode (track changes): while it is on, every way of changing text becomes a
// suggestion by `author` instead of an edit. Typing, Backspace/Delete (by letter, word or
// line), cut, paste and drop, and bold/italic/… go through the suggestion functions in
// renderer/editor/suggestions. Starting a new paragraph and IME composition stay plain
// edits: they are not tracked.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_CRITICAL,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  CUT_COMMAND,
  DELETE_CHARACTER_COMMAND,
  DELETE_LINE_COMMAND,
  DELETE_WORD_COMMAND,
  FORMAT_TEXT_COMMAND,
  mergeRegister,
  PASTE_COMMAND,
  REMOVE_TEXT_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';
import { IS_SUGGESTING_COMMAND } from '../commands.ts';
import { $suggestDeletingSelection, $suggestDeletion } from '../suggestions/suggest-deletion.ts';
import { $suggestFormat } from '../suggestions/suggest-format.ts';
import { $suggestInsertion } from '../suggestions/suggest-insertion.ts';
import { replacementUndo } from '../suggestions/replacement-undo.ts';
import { suggesterNamed, type Suggester } from '../suggestions/suggestion-author.ts';

export interface SuggestingPluginProps {
  suggesting: boolean;
  /** The reviewer's display name the suggestions are signed with. */
  author: string;
}

export function SuggestingPlugin({ suggesting, author }: SuggestingPluginProps) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () => (suggesting ? registerSuggesting(editor, suggesterNamed(author)) : undefined),
    [editor, suggesting, author],
  );
  return null;
}

function registerSuggesting(editor: LexicalEditor, who: Suggester): () => void {
  const critical = COMMAND_PRIORITY_CRITICAL;
  const replacements = replacementUndo();
  return mergeRegister(
    replacements.register(editor),
    editor.registerCommand(IS_SUGGESTING_COMMAND, () => true, critical),
    editor.registerCommand(
      CONTROLLED_TEXT_INSERTION_COMMAND,
      (input) =>
        replacements.$typed(who.author, () => $suggestInsertion(insertedText(input), who)) || true,
      critical,
    ),
    editor.registerCommand(
      DELETE_CHARACTER_COMMAND,
      (isBackward) => $suggestDeletion(isBackward, 'character', who),
      critical,
    ),
    editor.registerCommand(
      DELETE_WORD_COMMAND,
      (isBackward) => $suggestDeletion(isBackward, 'word', who),
      critical,
    ),
    editor.registerCommand(
      DELETE_LINE_COMMAND,
      (isBackward) => $suggestDeletion(isBackward, 'line', who),
      critical,
    ),
    editor.registerCommand(REMOVE_TEXT_COMMAND, () => $suggestDeletingRange(who), critical),
    editor.registerCommand(FORMAT_TEXT_COMMAND, (format) => $suggestFormat(format, who), critical),
    editor.registerCommand(
      PASTE_COMMAND,
      (event) => {
        // Pasted formatting, links and images are not tracked: a suggestion pastes plain text.
        const text =
          'clipboardData' in event ? (event.clipboardData?.getData('text/plain') ?? '') : '';
        event.preventDefault();
        $suggestInsertion(text, who);
        return true;
      },
      critical,
    ),
    editor.registerCommand(
      CUT_COMMAND,
      (event) => {
        // A cut of text: the clipboard gets it as plain text and the text is marked deleted.
        // Anything else (an image selected) is cut as usual.
        const selection = $getSelection();
        if (
          !(event instanceof ClipboardEvent) ||
          !event.clipboardData ||
          !$isRangeSelection(selection)
        )
          return false;
        event.preventDefault();
        event.clipboardData.setData('text/plain', selection.getTextContent());
        return $suggestDeletingRange(who);
      },
      critical,
    ),
    editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('beforeinput', takeTyping, true);
      root?.addEventListener('beforeinput', takeTyping, true);
    }),
    () => editor.getRootElement()?.removeEventListener('beforeinput', takeTyping, true),
  );

  /**
   * Lexical lets the browser type plain characters into the page and reads them back
   * afterwards; in suggesting mode every character must go through the insertion
   * command, so the capture phase takes it before Lexical's own listener.
   */
  function takeTyping(event: InputEvent): void {
    if (
      event.inputType !== 'insertText' ||
      !event.data ||
      event.data === '\n' ||
      editor.isComposing()
    )
      return;
    event.preventDefault();
    event.stopImmediatePropagation();
    editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, event.data);
  }
}

function insertedText(input: InputEvent | string): string {
  if (typeof input === 'string') return input;
  return input.data ?? input.dataTransfer?.getData('text/plain') ?? '';
}

function $suggestDeletingRange(who: Suggester): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return false;
  $suggestDeletingSelection(selection, who, 'start');
  return true;
}
