// What can happen to the review comments of a draft: start a thread, reply, resolve, reopen,
// delete one's own. Pure functions over the draft's `review`, so the panel and the tests
// apply a change alike; a refused change is a value with a code, the review left as it was.
import { REVIEW_LIMITS } from '../../../../common/review/review-limits.ts';
import type { CommentThread, DraftReview } from '../../../../electron/contract/index.ts';

export const EMPTY_REVIEW: DraftReview = { comments: [] };

export type ReviewRefusal =
  | 'review.name_missing'
  | 'review.text_missing'
  | 'review.text_too_long'
  | 'review.thread_not_found'
  | 'review.not_author';

export type ReviewChange = { ok: true; review: DraftReview } | { ok: false; code: ReviewRefusal };

export interface NewComment {
  id: string;
  author: string;
  text: string;
  at: Date;
}

/** A new thread on the text `quote`, anchored by marks that carry the same id. */
export function startThread(
  review: DraftReview,
  comment: NewComment & { quote: string },
): ReviewChange {
  const refused = refusalOf(comment.author, comment.text);
  if (refused) return { ok: false, code: refused };
  const thread: CommentThread = {
    id: comment.id,
    quote: comment.quote.slice(0, REVIEW_LIMITS.quoteChars),
    author: comment.author.trim(),
    createdAt: comment.at.toISOString(),
    text: comment.text.trim(),
    resolved: false,
    replies: [],
  };
  return { ok: true, review: { comments: [...review.comments, thread] } };
}

export function replyToThread(
  review: DraftReview,
  threadId: string,
  reply: NewComment,
): ReviewChange {
  const refused = refusalOf(reply.author, reply.text);
  if (refused) return { ok: false, code: refused };
  return changeThread(review, threadId, (thread) => ({
    ...thread,
    replies: [
      ...thread.replies,
      {
        id: reply.id,
        author: reply.author.trim(),
        createdAt: reply.at.toISOString(),
        text: reply.text.trim(),
      },
    ],
  }));
}

export function resolveThread(
  review: DraftReview,
  threadId: string,
  by: string,
  at: Date,
): ReviewChange {
  if (by.trim() === '') return { ok: false, code: 'review.name_missing' };
  return changeThread(review, threadId, (thread) => ({
    ...thread,
    resolved: true,
    resolvedBy: by.trim(),
    resolvedAt: at.toISOString(),
  }));
}

export function reopenThread(review: DraftReview, threadId: string): ReviewChange {
  return changeThread(review, threadId, ({ resolvedBy: _by, resolvedAt: _at, ...thread }) => ({
    ...thread,
    resolved: false,
  }));
}

/** Only the thread's author may delete it: someone else's note is resolved, not removed. */
export function deleteThread(review: DraftReview, threadId: string, by: string): ReviewChange {
  const thread = review.comments.find((candidate) => candidate.id === threadId);
  if (!thread) return { ok: false, code: 'review.thread_not_found' };
  if (!isOwnThread(thread, by)) return { ok: false, code: 'review.not_author' };
  return {
    ok: true,
    review: { comments: review.comments.filter((candidate) => candidate.id !== threadId) },
  };
}

export function isOwnThread(thread: CommentThread, name: string): boolean {
  return name.trim() !== '' && thread.author === name.trim();
}

function changeThread(
  review: DraftReview,
  threadId: string,
  change: (thread: CommentThread) => CommentThread,
): ReviewChange {
  if (!review.comments.some((thread) => thread.id === threadId))
    return { ok: false, code: 'review.thread_not_found' };
  return {
    ok: true,
    review: {
      comments: review.comments.map((thread) => (thread.id === threadId ? change(thread) : thread)),
    },
  };
}

function refusalOf(author: string, text: string): ReviewRefusal | null {
  if (author.trim() === '') return 'review.name_missing';
  if (text.trim() === '') return 'review.text_missing';
  if (text.trim().length > REVIEW_LIMITS.textChars) return 'review.text_too_long';
  return null;
}
