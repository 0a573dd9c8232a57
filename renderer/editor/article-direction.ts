// The article's root is right-to-left. Without an explicit root direction Lexical gives
// each block dir="auto", and Chromium lays empty, digit-first and Latin-first paragraphs
// ("iPhone 16 …", "CNN: …") left-to-right (ARABIC.md "Direction").
import { $getRoot, HISTORY_MERGE_TAG, type LexicalEditor } from 'lexical';

export const ARTICLE_DIRECTION = 'rtl';

/** Sets the root direction on a document saved without it, outside the undo history. */
export function ensureArticleDirection(editor: LexicalEditor): void {
  const needsDirection = editor.getEditorState().read(() => $getRoot().getDirection() !== ARTICLE_DIRECTION);
  if (needsDirection) editor.update(() => $getRoot().setDirection(ARTICLE_DIRECTION), { tag: HISTORY_MERGE_TAG });
}
