// The editor's commands of the command table (common/commands): their keys, matched on the
// physical key (event.code) so Ctrl+B bolds whether the Arabic layout (event.key 'لا') or a
// Latin one is active, and their handlers for the menus (Edit ▸ Find).
// The keys are taken above Lexical's own key handling, which also matches Ctrl+B and would
// otherwise toggle bold a second time; a handled shortcut stops there.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  COMMAND_PRIORITY_HIGH,
  FORMAT_TEXT_COMMAND,
  KEY_DOWN_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  mergeRegister,
  type LexicalCommand,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';
import type { CommandId } from '../../../common/commands/command-table.ts';
import { registerCommand } from '../../commands/command-registry.ts';
import { commandForKeys } from '../../commands/useCommandKeys.ts';
import {
  ADD_COMMENT_COMMAND,
  OPEN_FIND_COMMAND,
  OPEN_LINK_EDITOR_COMMAND,
  TOGGLE_BLOCK_DIRECTION_COMMAND,
  TOGGLE_BLOCK_TYPE_COMMAND,
  TOGGLE_LIST_COMMAND,
} from '../commands.ts';

type EditorAction = (editor: LexicalEditor) => void;

/** An action that sends the editor one of its commands. */
function dispatch<Payload>(command: LexicalCommand<Payload>, payload: Payload): EditorAction {
  return (editor) => void editor.dispatchCommand(command, payload);
}

/** What each of the table's `editor` commands does to the article. */
const EDITOR_ACTIONS: Partial<Record<CommandId, EditorAction>> = {
  'format.bold': dispatch(FORMAT_TEXT_COMMAND, 'bold'),
  'format.italic': dispatch(FORMAT_TEXT_COMMAND, 'italic'),
  'format.underline': dispatch(FORMAT_TEXT_COMMAND, 'underline'),
  'format.strikethrough': dispatch(FORMAT_TEXT_COMMAND, 'strikethrough'),
  'format.link': dispatch(OPEN_LINK_EDITOR_COMMAND, undefined),
  'format.direction': dispatch(TOGGLE_BLOCK_DIRECTION_COMMAND, undefined),
  'format.paragraph': dispatch(TOGGLE_BLOCK_TYPE_COMMAND, 'paragraph'),
  'format.heading2': dispatch(TOGGLE_BLOCK_TYPE_COMMAND, 'h2'),
  'format.heading3': dispatch(TOGGLE_BLOCK_TYPE_COMMAND, 'h3'),
  'format.numberedList': dispatch(TOGGLE_LIST_COMMAND, 'number'),
  'format.bulletedList': dispatch(TOGGLE_LIST_COMMAND, 'bullet'),
  'edit.undo': dispatch(UNDO_COMMAND, undefined),
  'edit.redo': dispatch(REDO_COMMAND, undefined),
  'edit.find': dispatch(OPEN_FIND_COMMAND, 'find'),
  'edit.replace': dispatch(OPEN_FIND_COMMAND, 'replace'),
  'edit.comment': dispatch(ADD_COMMENT_COMMAND, undefined),
};

export function KeyboardShortcutsPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            const command = commandForKeys(event, 'editor');
            const action = command && EDITOR_ACTIONS[command.id];
            if (!action) return false;
            event.preventDefault();
            action(editor);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        ...Object.entries(EDITOR_ACTIONS).map(([id, action]) =>
          registerCommand(id as CommandId, () => action(editor)),
        ),
      ),
    [editor],
  );
  return null;
}
