// Paragraph, subheading (H2, H3) and quote: TOGGLE_BLOCK_TYPE_COMMAND turns the selected
// blocks into one of them, and a second press of the same type back into paragraphs.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  type ElementNode,
} from 'lexical';
import { useEffect } from 'react';
import { TOGGLE_BLOCK_TYPE_COMMAND, type BlockType } from '../commands.ts';
import { $blockTypeOf } from '../selection-state.ts';

function createBlock(type: BlockType): () => ElementNode {
  switch (type) {
    case 'h2':
    case 'h3':
      return () => $createHeadingNode(type);
    case 'quote':
      return () => $createQuoteNode();
    case 'paragraph':
      return () => $createParagraphNode();
  }
}

export function BlockTypePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        TOGGLE_BLOCK_TYPE_COMMAND,
        (type) => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return false;
          const current = $blockTypeOf(selection.anchor.getNode());
          const target = current === type ? 'paragraph' : type;
          $setBlocksType(selection, createBlock(target));
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );
  return null;
}
