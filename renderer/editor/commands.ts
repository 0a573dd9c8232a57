// Midad's own editor commands, named once; plugins register them, the toolbar and the
// keyboard dispatch them.
import { createCommand, type LexicalCommand } from 'lexical';
import type { ImagePayload } from './nodes/ImageNode.tsx';

export type BlockType = 'paragraph' | 'h2' | 'h3' | 'quote';
export type ListType = 'bullet' | 'number';

/** Turns the selected blocks into the given type; the same type again gives a paragraph back. */
export const TOGGLE_BLOCK_TYPE_COMMAND: LexicalCommand<BlockType> = createCommand(
  'TOGGLE_BLOCK_TYPE_COMMAND',
);

/** Makes the selected blocks a list of the given type, or plain paragraphs if they already are one. */
export const TOGGLE_LIST_COMMAND: LexicalCommand<ListType> = createCommand('TOGGLE_LIST_COMMAND');

/** Switches the selected blocks between the article's RTL and LTR (an English quote). */
export const TOGGLE_BLOCK_DIRECTION_COMMAND: LexicalCommand<void> = createCommand(
  'TOGGLE_BLOCK_DIRECTION_COMMAND',
);

/** Opens the link popover for the selection. */
export const OPEN_LINK_EDITOR_COMMAND: LexicalCommand<void> = createCommand(
  'OPEN_LINK_EDITOR_COMMAND',
);

/** Puts an image already kept with the draft at the caret (ImagesPlugin). */
export const INSERT_IMAGE_COMMAND: LexicalCommand<ImagePayload> =
  createCommand('INSERT_IMAGE_COMMAND');

/** Starts a review comment on the selected text (the comments panel writes it). */
export const ADD_COMMENT_COMMAND: LexicalCommand<void> = createCommand('ADD_COMMENT_COMMAND');

/** Opens the file picker for images to add to the article. */
export const OPEN_IMAGE_PICKER_COMMAND: LexicalCommand<void> = createCommand(
  'OPEN_IMAGE_PICKER_COMMAND',
);

/** Opens the find bar (Ctrl+F), or the find and replace bar (Ctrl+H). */
export const OPEN_FIND_COMMAND: LexicalCommand<'find' | 'replace'> =
  createCommand('OPEN_FIND_COMMAND');

/**
 * Asks whether suggesting mode is on: handled (dispatchCommand answers true) only while the
 * suggesting plugin is, so an edit it cannot turn into a suggestion (an image caption) is not made.
 */
export const IS_SUGGESTING_COMMAND: LexicalCommand<void> = createCommand('IS_SUGGESTING_COMMAND');
