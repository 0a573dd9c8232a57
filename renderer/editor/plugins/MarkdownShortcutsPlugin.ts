// "## ", "### ", "- ", "1. " and "> " at the start of a paragraph become subheadings, lists
// and a quote as they are typed. @lexical/markdown, with the code-block support it brings
// (45 KB of script), is fetched once the editor is on screen instead of delaying it.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

export function MarkdownShortcutsPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let unregister: (() => void) | undefined;
    let removed = false;
    void import('../markdown.ts').then(({ registerArticleMarkdownShortcuts }) => {
      if (!removed) unregister = registerArticleMarkdownShortcuts(editor);
    });
    return () => {
      removed = true;
      unregister?.();
    };
  }, [editor]);
  return null;
}
