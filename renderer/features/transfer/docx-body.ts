// The body of a draft made from a .docx: the host's HTML, cleaned by the same rules as a
// paste (its tables kept, its notes moved to the end), turned into the article's Lexical state by an editor that is never shown.
import { buildEditorFromExtensions } from '@lexical/extension';
import { $generateNodesFromDOM } from '@lexical/html';
import { $createParagraphNode, $getRoot } from 'lexical';
import type { DraftContent } from '../../../electron/contract/index.ts';
import { createArticleExtension } from '../../editor/article-extension.ts';
import { cleanHtml } from '../../editor/clean-html.ts';
import { moveDocxNotes } from './docx-notes.ts';

export function bodyFromDocxHtml(html: string): DraftContent['body'] {
  const source = new DOMParser().parseFromString(html, 'text/html');
  moveDocxNotes(source);
  const { document } = cleanHtml(source, { keepStoredImages: true, keepTables: true });
  let failure: Error | null = null;
  const editor = buildEditorFromExtensions(
    createArticleExtension({ body: null, onError: (error) => (failure = error) }),
  );
  try {
    editor.update(
      () => {
        const root = $getRoot();
        root.clear();
        for (const node of $generateNodesFromDOM(editor, document)) {
          // The cleaned HTML has only blocks at its top; anything inline there gets a paragraph.
          root.append(node.isInline() ? $createParagraphNode().append(node) : node);
        }
        if (root.isEmpty()) root.append($createParagraphNode());
      },
      { discrete: true },
    );
    if (failure) throw failure;
    return editor.getEditorState().toJSON() as unknown as DraftContent['body'];
  } finally {
    editor.dispose();
  }
}
