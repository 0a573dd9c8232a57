// Starting, answering, resolving, reopening and deleting comment threads, as the panel does.
import { describe, expect, it } from 'vitest';
import {
  deleteThread,
  EMPTY_REVIEW,
  reopenThread,
  replyToThread,
  resolveThread,
  startThread,
  type ReviewChange,
} from '../../../../../../renderer/features/review/comments/comment-threads.ts';
import {
  markIdsInBody,
  threadsInDocumentOrder,
} from '../../../../../../renderer/features/review/comments/thread-order.ts';
import type { DraftReview } from '../../../../../../electron/contract/index.ts';

const at = new Date('2026-11-29T10:00:00.000Z');
const later = new Date('2026-11-29T11:00:00.000Z');

function reviewOf(change: ReviewChange): DraftReview {
  if (!change.ok) throw new Error(change.code);
  return change.review;
}

const started = reviewOf(
  startThread(EMPTY_REVIEW, {
    id: 'thread-1',
    quote: 'الأمطار',
    author: 'ليلى',
    text: ' من المصدر؟ ',
    at,
  }),
);

describe('comment threads', () => {
  it('a new thread keeps the quoted text, the author, the time and the trimmed text, open', () => {
    expect(started.comments).toEqual([
      {
        id: 'thread-1',
        quote: 'الأمطار',
        author: 'ليلى',
        createdAt: at.toISOString(),
        text: 'من المصدر؟',
        resolved: false,
        replies: [],
      },
    ]);
  });

  it('a comment needs a name and some text', () => {
    expect(
      startThread(EMPTY_REVIEW, { id: 'thread-2', quote: 'نص', author: ' ', text: 'ملاحظة', at }),
    ).toEqual({ ok: false, code: 'review.name_missing' });
    expect(
      startThread(EMPTY_REVIEW, { id: 'thread-2', quote: 'نص', author: 'ليلى', text: '   ', at }),
    ).toEqual({ ok: false, code: 'review.text_missing' });
    expect(
      startThread(EMPTY_REVIEW, {
        id: 'thread-2',
        quote: 'نص',
        author: 'ليلى',
        text: 'ك'.repeat(5_001),
        at,
      }),
    ).toEqual({
      ok: false,
      code: 'review.text_too_long',
    });
  });

  it('replies come after the comment in the order they were written', () => {
    const first = reviewOf(
      replyToThread(started, 'thread-1', { id: 'reply-1', author: 'سارة', text: 'الأرصاد', at }),
    );
    const second = reviewOf(
      replyToThread(first, 'thread-1', { id: 'reply-2', author: 'ليلى', text: 'شكرًا', at: later }),
    );
    expect(second.comments[0].replies.map((reply) => [reply.author, reply.text])).toEqual([
      ['سارة', 'الأرصاد'],
      ['ليلى', 'شكرًا'],
    ]);
  });

  it('resolving records who and when; reopening clears both and keeps the replies', () => {
    const answered = reviewOf(
      replyToThread(started, 'thread-1', { id: 'reply-1', author: 'سارة', text: 'الأرصاد', at }),
    );
    const resolved = reviewOf(resolveThread(answered, 'thread-1', 'سارة', later));
    expect(resolved.comments[0]).toMatchObject({
      resolved: true,
      resolvedBy: 'سارة',
      resolvedAt: later.toISOString(),
    });
    const reopened = reviewOf(reopenThread(resolved, 'thread-1'));
    expect(reopened.comments[0]).toEqual({ ...answered.comments[0], resolved: false });
  });

  it('only its author may delete a thread', () => {
    expect(deleteThread(started, 'thread-1', 'سارة')).toEqual({
      ok: false,
      code: 'review.not_author',
    });
    expect(reviewOf(deleteThread(started, 'thread-1', 'ليلى')).comments).toEqual([]);
  });

  it('a change to a thread that is not there is refused', () => {
    expect(
      replyToThread(started, 'missing', { id: 'reply-1', author: 'سارة', text: 'نعم', at }),
    ).toEqual({ ok: false, code: 'review.thread_not_found' });
    expect(reopenThread(started, 'missing')).toEqual({
      ok: false,
      code: 'review.thread_not_found',
    });
  });
});

describe('the order of the comments panel', () => {
  const review = reviewOf(
    startThread(
      reviewOf(
        startThread(
          reviewOf(
            startThread(started, {
              id: 'thread-2',
              quote: 'جدة',
              author: 'ليلى',
              text: 'تحقق',
              at: later,
            }),
          ),
          {
            id: 'thread-3',
            quote: 'حذف',
            author: 'ليلى',
            text: 'لماذا؟',
            at,
          },
        ),
      ),
      { id: 'thread-4', quote: 'أول', author: 'ليلى', text: 'أولًا', at: later },
    ),
  );

  it('threads follow their text in the body, and one whose text was deleted stays listed at the end as removed', () => {
    const listed = threadsInDocumentOrder(review, ['thread-4', 'thread-2', 'thread-4', 'thread-1']);
    expect(listed.map(({ thread, anchored }) => [thread.id, anchored])).toEqual([
      ['thread-4', true],
      ['thread-2', true],
      ['thread-1', true],
      ['thread-3', false],
    ]);
  });

  it('reads the mark ids of a saved body in document order', () => {
    const body = {
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [{ type: 'mark', ids: ['b'], children: [{ type: 'text', text: 'x' }] }],
          },
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'y' },
              { type: 'mark', ids: ['a', 'b'], children: [] },
            ],
          },
        ],
      },
    };
    expect(markIdsInBody(body)).toEqual(['b', 'a', 'b']);
  });
});
