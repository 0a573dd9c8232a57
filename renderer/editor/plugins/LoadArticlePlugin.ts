// Puts the saved article into the editor once every other plugin is registered. Loading
// it through the composer's initial state instead would make the plugins that register
// node transforms (lists, links) mark the whole document dirty and reconcile it a second
// time: measured 1.4-1.6× bare Lexical's time to editable at 20,000 words.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HISTORY_MERGE_TAG, type SerializedEditorState } from 'lexical';
import { useEffect } from 'react';
import { ensureArticleDirection } from '../article-direction.ts';

interface LoadArticlePluginProps {
  /** The saved Lexical state (the draft's body), or null for a new article. */
  body: unknown;
  /** Called once the article is on screen and editable. */
  onLoaded: () => void;
}

/** Must be the last plugin inside the composer: effects run in the order plugins mount. */
export function LoadArticlePlugin({ body, onLoaded }: LoadArticlePluginProps): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (body) {
      // Merged into the empty start so that undo never goes back to a blank page.
      editor.setEditorState(editor.parseEditorState(body as SerializedEditorState), { tag: HISTORY_MERGE_TAG });
    }
    ensureArticleDirection(editor);
    onLoaded();
    // The body is read once: a different article remounts the editor.
  }, [editor]);
  return null;
}
