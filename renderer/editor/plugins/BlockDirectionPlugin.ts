// The per-paragraph direction switch: an English quote inside an Arabic article is set
// to LTR and saved so (the block's `direction` in the document, dir="ltr" in the DOM,
// WordPress's paragraph `direction` on export). Switching back clears it to the root's RTL.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  type ElementNode,
} from 'lexical';
import { useEffect } from 'react';
import { TOGGLE_BLOCK_DIRECTION_COMMAND } from '../commands.ts';
import { $topLevelBlockOf } from '../selection-state.ts';

export function BlockDirectionPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        TOGGLE_BLOCK_DIRECTION_COMMAND,
        () => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return false;
          const blocks = new Map<string, ElementNode>();
          for (const node of [selection.anchor.getNode(), ...selection.getNodes()]) {
            const block = $topLevelBlockOf(node);
            if (block) blocks.set(block.getKey(), block);
          }
          if (blocks.size === 0) return false;
          // The caret's block decides: LTR becomes RTL again, anything else becomes LTR.
          const anchorBlock = $topLevelBlockOf(selection.anchor.getNode());
          const next = anchorBlock?.getDirection() === 'ltr' ? null : 'ltr';
          for (const block of blocks.values()) block.setDirection(next);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );
  return null;
}
