// Editor shortcuts matched on the physical key (event.code), so Ctrl+B bolds whether the
// Arabic layout (event.key 'لا') or a Latin one is active.
// Registered above Lexical's own key handling, which also matches Ctrl+B and would
// otherwise toggle bold a second time; a handled shortcut stops there.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  COMMAND_PRIORITY_HIGH,
  FORMAT_TEXT_COMMAND,
  KEY_DOWN_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';
import {
  ADD_COMMENT_COMMAND,
  OPEN_FIND_COMMAND,
  OPEN_LINK_EDITOR_COMMAND,
  TOGGLE_BLOCK_DIRECTION_COMMAND,
} from '../commands.ts';

interface Shortcut {
  code: string;
  shift: boolean;
  /** Ctrl+Alt: only where a word processor has it too (Word's Ctrl+Alt+M comments). */
  alt?: boolean;
  run: (editor: LexicalEditor) => void;
}

const IS_APPLE = /Mac|iPhone|iPad/u.test(navigator.platform);

/** Ctrl (⌘ on a Mac) plus these physical keys; the toolbar's titles name them. */
const EDITOR_SHORTCUTS: readonly Shortcut[] = [
  {
    code: 'KeyB',
    shift: false,
    run: (editor) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold'),
  },
  {
    code: 'KeyI',
    shift: false,
    run: (editor) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic'),
  },
  {
    code: 'KeyU',
    shift: false,
    run: (editor) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'underline'),
  },
  {
    code: 'KeyX',
    shift: true,
    run: (editor) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'strikethrough'),
  },
  { code: 'KeyZ', shift: false, run: (editor) => editor.dispatchCommand(UNDO_COMMAND, undefined) },
  { code: 'KeyZ', shift: true, run: (editor) => editor.dispatchCommand(REDO_COMMAND, undefined) },
  { code: 'KeyY', shift: false, run: (editor) => editor.dispatchCommand(REDO_COMMAND, undefined) },
  {
    code: 'KeyK',
    shift: false,
    run: (editor) => editor.dispatchCommand(OPEN_LINK_EDITOR_COMMAND, undefined),
  },
  {
    code: 'KeyL',
    shift: true,
    run: (editor) => editor.dispatchCommand(TOGGLE_BLOCK_DIRECTION_COMMAND, undefined),
  },
  {
    code: 'KeyF',
    shift: false,
    run: (editor) => editor.dispatchCommand(OPEN_FIND_COMMAND, 'find'),
  },
  // ⌘H hides the app on a Mac before the page sees it: there find and replace is ⌥⌘F, as in Pages.
  IS_APPLE
    ? {
        code: 'KeyF',
        shift: false,
        alt: true,
        run: (editor) => editor.dispatchCommand(OPEN_FIND_COMMAND, 'replace'),
      }
    : {
        code: 'KeyH',
        shift: false,
        run: (editor) => editor.dispatchCommand(OPEN_FIND_COMMAND, 'replace'),
      },
  {
    code: 'KeyM',
    shift: false,
    alt: true,
    run: (editor) => editor.dispatchCommand(ADD_COMMENT_COMMAND, undefined),
  },
];

function findShortcut(event: KeyboardEvent): Shortcut | undefined {
  const primary = IS_APPLE ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  if (!primary) return undefined;
  // AltGr arrives as Ctrl+Alt on Windows: only the few Alt shortcuts listed take it.
  return EDITOR_SHORTCUTS.find(
    (shortcut) =>
      shortcut.code === event.code &&
      shortcut.shift === event.shiftKey &&
      (shortcut.alt ?? false) === event.altKey,
  );
}

export function KeyboardShortcutsPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          const shortcut = findShortcut(event);
          if (!shortcut) return false;
          event.preventDefault();
          shortcut.run(editor);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
