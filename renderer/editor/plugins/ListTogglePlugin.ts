// Bulleted and numbered lists: TOGGLE_LIST_COMMAND makes the selection a list of that
// type, or turns a list of the same type back into paragraphs.
import {
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_EDITOR } from 'lexical';
import { useEffect } from 'react';
import { TOGGLE_LIST_COMMAND } from '../commands.ts';
import { $listTypeOf } from '../selection-state.ts';

export function ListTogglePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        TOGGLE_LIST_COMMAND,
        (type) => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return false;
          if ($listTypeOf(selection.anchor.getNode()) === type) {
            return editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
          }
          return editor.dispatchCommand(
            type === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND,
            undefined,
          );
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );
  return null;
}
