// Brings a thread's text into view when the thread is picked in the panel.
import { $markNodes } from './mark-anchors.ts';
import type { ReviewStore } from './review-store.ts';

export function revealThread(store: ReviewStore, threadId: string): void {
  const editor = store.editor;
  if (!editor) return;
  const key = editor.read(() =>
    $markNodes()
      .find((mark) => mark.hasID(threadId))
      ?.getKey(),
  );
  if (key) editor.getElementByKey(key)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}
