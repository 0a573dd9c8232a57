// Links the editor to the review store: keeps the marks' order, starts a comment on the
// selection (toolbar button, Ctrl/⌘+Alt+M), selects a thread when its text is clicked,
// and shows which marks belong to the selected or to resolved threads.
import { MarkNode } from '@lexical/mark';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';
import { ADD_COMMENT_COMMAND } from '../../../editor/commands.ts';
import { $markIdsAt, $markIdsInDocumentOrder, $markNodes } from './mark-anchors.ts';
import { useReviewStore, type ReviewStore } from './review-store.ts';

export function CommentsPlugin(): null {
  const [editor] = useLexicalComposerContext();
  const store = useReviewStore();
  useEffect(() => {
    if (!store) return;
    store.editor = editor;
    const readAnchors = () => store.setAnchors(editor.read($markIdsInDocumentOrder));
    const stopped = mergeRegister(
      editor.registerMutationListener(MarkNode, () => {
        readAnchors();
        showThreadStates(editor, store);
      }),
      editor.registerCommand(
        ADD_COMMENT_COMMAND,
        () => beginComment(editor, store),
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('click', onClick);
        root?.addEventListener('click', onClick);
      }),
      store.subscribe(() => showThreadStates(editor, store)),
    );
    function onClick(event: MouseEvent) {
      if (!(event.target instanceof Node)) return;
      const target = event.target;
      const ids = editor.read(() => $markIdsAt(target));
      if (ids.length > 0) store?.select(ids[0], true);
    }
    readAnchors();
    return () => {
      stopped();
      editor.getRootElement()?.removeEventListener('click', onClick);
      if (store.editor === editor) store.editor = null;
    };
  }, [editor, store]);
  return null;
}

function beginComment(editor: LexicalEditor, store: ReviewStore): boolean {
  const pending = editor.read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection) || selection.isCollapsed()) return null;
    const quote = selection.getTextContent().trim();
    return quote === '' ? null : { selection: selection.clone(), quote };
  });
  if (pending) store.beginComment(pending);
  return true;
}

/**
 * Classes on the marks' own elements for the highlight: a selected thread stands out, a
 * resolved one no longer colours the text. Lexical draws the marks; this only tints them.
 */
function showThreadStates(editor: LexicalEditor, store: ReviewStore): void {
  const { review, selectedId } = store.getState();
  const resolved = new Set(
    review.comments.filter((thread) => thread.resolved).map((thread) => thread.id),
  );
  editor.read(() => {
    for (const mark of $markNodes()) {
      const element = editor.getElementByKey(mark.getKey());
      if (!element) continue;
      const ids = mark.getIDs();
      element.classList.toggle('is-selected', selectedId !== null && ids.includes(selectedId));
      element.classList.toggle(
        'is-resolved',
        ids.every((id) => resolved.has(id)),
      );
    }
  });
}
