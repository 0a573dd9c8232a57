// A replacement typed in suggesting mode is one undo step. Its first key marks the selection
// deleted and starts the insertion; Lexical's history would then merge the following keys
// among themselves by time (or not at all after a pause), so Ctrl+Z took back the typed
// word a piece at a time and left the struck-through words behind. Every key that goes on
// typing into that same insertion, with nothing else changed in between, is merged into the
// history entry of the replacement (HISTORY_MERGE_TAG, the way Lexical marks an update that
// continues the previous one).
import {
  $addUpdateTag,
  $getSelection,
  $isRangeSelection,
  HISTORY_MERGE_TAG,
  type LexicalEditor,
} from 'lexical';
import { $ownInsertionAround } from './suggestion-place.ts';

/** Marks the updates of this module's typing, so its own listener tells them from any other change. */
const REPLACEMENT_TYPING_TAG = 'midad-replacement-typing';

export interface ReplacementUndo {
  /** Runs one typed insertion (inside the command's update) and files it in the history as above. */
  $typed(author: string, insert: () => boolean): boolean;
  /** Forgets the replacement being typed when anything else changes the text. */
  register(editor: LexicalEditor): () => void;
}

export function replacementUndo(): ReplacementUndo {
  /** The id of the replacement's insertion the last typed key went into; null when typing did not make one. */
  let typingInto: string | null = null;
  return {
    $typed(author, insert) {
      const before = $getSelection();
      const replacing = $isRangeSelection(before) && !before.isCollapsed();
      const done = insert();
      const after = $getSelection();
      const insertion = $isRangeSelection(after)
        ? $ownInsertionAround(after.anchor.getNode(), author)
        : null;
      const id = insertion?.getMeta().id ?? null;
      if (!replacing && (id === null || id !== typingInto)) {
        typingInto = null;
        return done;
      }
      if (!replacing) $addUpdateTag(HISTORY_MERGE_TAG);
      $addUpdateTag(REPLACEMENT_TYPING_TAG);
      typingInto = id;
      return done;
    },
    register(editor) {
      return editor.registerUpdateListener(({ tags, dirtyLeaves, dirtyElements }) => {
        if (tags.has(REPLACEMENT_TYPING_TAG)) return;
        if (dirtyLeaves.size > 0 || dirtyElements.size > 0) typingInto = null;
      });
    },
  };
}
