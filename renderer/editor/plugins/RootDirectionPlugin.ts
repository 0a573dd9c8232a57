// Keeps the article's root right-to-left. Without an explicit root direction Lexical
// gives each block dir="auto", and Chromium lays empty, digit-first and Latin-first
// paragraphs ("iPhone 16 …", "CNN: …") left-to-right (ARABIC.md "Direction").
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, HISTORY_MERGE_TAG } from 'lexical';
import { useEffect } from 'react';

export const ARTICLE_DIRECTION = 'rtl';

export function RootDirectionPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const needsDirection = editor.getEditorState().read(() => $getRoot().getDirection() !== ARTICLE_DIRECTION);
    if (!needsDirection) return;
    editor.update(() => $getRoot().setDirection(ARTICLE_DIRECTION), { tag: HISTORY_MERGE_TAG });
  }, [editor]);
  return null;
}
