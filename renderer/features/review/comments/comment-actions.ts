// What the panel's buttons do: each change goes through the pure functions of
// comment-threads.ts, and touches the body only to put a mark on or take one off.
import type { ReviewRefusal } from './comment-threads.ts';
import {
  deleteThread,
  reopenThread,
  replyToThread,
  resolveThread,
  startThread,
} from './comment-threads.ts';
import { $anchorComment, $removeAnchors } from './mark-anchors.ts';
import type { ReviewStore } from './review-store.ts';

/** A refusal of the panel's own: the selected text changed before the comment was sent. */
export type CommentRefusal = ReviewRefusal | 'review.selection_gone';

const newId = () => crypto.randomUUID();

export function commentActions(store: ReviewStore, author: string) {
  return {
    /** The comment on the pending selection: its text checked first, then the mark, then the thread. */
    addComment(text: string): CommentRefusal | null {
      const { pending, review } = store.getState();
      const editor = store.editor;
      if (!pending || !editor) return 'review.selection_gone';
      const id = newId();
      const outcome = startThread(review, {
        id,
        quote: pending.quote,
        author,
        text,
        at: new Date(),
      });
      if (!outcome.ok) return outcome.code;
      let anchored = false;
      editor.update(
        () => {
          anchored = $anchorComment(pending.selection, id);
        },
        { discrete: true },
      );
      if (!anchored) return 'review.selection_gone';
      store.apply(() => outcome);
      store.cancelComment();
      store.select(id);
      return null;
    },
    reply(threadId: string, text: string): CommentRefusal | null {
      return store.apply((review) =>
        replyToThread(review, threadId, { id: newId(), author, text, at: new Date() }),
      );
    },
    resolve(threadId: string): CommentRefusal | null {
      return store.apply((review) => resolveThread(review, threadId, author, new Date()));
    },
    reopen(threadId: string): CommentRefusal | null {
      return store.apply((review) => reopenThread(review, threadId));
    },
    /** Deletes one's own thread and its marks; the commented text stays as it is. */
    remove(threadId: string): CommentRefusal | null {
      const refused = store.apply((review) => deleteThread(review, threadId, author));
      if (refused) return refused;
      store.editor?.update(() => $removeAnchors(threadId), { discrete: true });
      if (store.getState().selectedId === threadId) store.select(null);
      return null;
    },
  };
}

export type CommentActions = ReturnType<typeof commentActions>;
