// One thread in the comments panel: the quoted text, the comment and its replies, and what
// the reader may do (reply, resolve or reopen, delete one's own). Resolved threads fold up.
import type { CommentThread } from '../../../../electron/contract/index.ts';
import { useTranslation } from '../../../i18n/useTranslation.ts';
import { useDateTime } from '../../library/useDateTime.ts';
import { CommentComposer } from './CommentComposer.tsx';
import type { CommentActions, CommentRefusal } from './comment-actions.ts';
import { isOwnThread } from './comment-threads.ts';

interface CommentThreadCardProps {
  thread: CommentThread;
  anchored: boolean;
  selected: boolean;
  reviewerName: string;
  actions: CommentActions;
  onSelect: () => void;
  onRefused: (code: CommentRefusal) => void;
}

export function CommentThreadCard({
  thread,
  anchored,
  selected,
  reviewerName,
  actions,
  onSelect,
  onRefused,
}: CommentThreadCardProps) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const run = (refusal: CommentRefusal | null): boolean => {
    if (refusal) onRefused(refusal);
    return refusal === null;
  };
  const canWrite = reviewerName !== '';
  return (
    <li
      className={`comment-thread${selected ? ' is-selected' : ''}${thread.resolved ? ' is-resolved' : ''}`}
      data-testid="comment-thread"
      data-thread-id={thread.id}
      data-resolved={thread.resolved}
      data-anchored={anchored}
      aria-current={selected ? 'true' : undefined}
      onClick={onSelect}
    >
      <blockquote className="comment-quote" data-testid="comment-quote">
        {thread.quote}
      </blockquote>
      {!anchored && (
        <p className="comment-removed" data-testid="comment-text-removed">
          {t('comments.textRemoved')}
        </p>
      )}
      {thread.resolved ? (
        <details className="comment-folded">
          <summary data-testid="comment-resolved-note">
            {t('comments.resolvedBy', {
              name: thread.resolvedBy ?? '',
              time: thread.resolvedAt ? dateTime(thread.resolvedAt) : '',
            })}
          </summary>
          <ThreadMessages thread={thread} dateTime={dateTime} />
        </details>
      ) : (
        <ThreadMessages thread={thread} dateTime={dateTime} />
      )}
      {canWrite && (
        <div className="comment-actions">
          {thread.resolved ? (
            <button
              type="button"
              className="quiet-button"
              data-testid="comment-reopen"
              onClick={() => run(actions.reopen(thread.id))}
            >
              {t('comments.reopen')}
            </button>
          ) : (
            <button
              type="button"
              className="quiet-button"
              data-testid="comment-resolve"
              onClick={() => run(actions.resolve(thread.id))}
            >
              {t('comments.resolve')}
            </button>
          )}
          {isOwnThread(thread, reviewerName) && (
            <button
              type="button"
              className="quiet-button danger"
              data-testid="comment-delete"
              onClick={() => run(actions.remove(thread.id))}
            >
              {t('comments.delete')}
            </button>
          )}
        </div>
      )}
      {canWrite && !thread.resolved && selected && (
        <CommentComposer
          label={t('comments.replyPlaceholder')}
          submitLabel={t('comments.sendReply')}
          testId="comment-reply"
          onSubmit={(text) => run(actions.reply(thread.id, text))}
        />
      )}
    </li>
  );
}

function ThreadMessages({
  thread,
  dateTime,
}: {
  thread: CommentThread;
  dateTime: (iso: string) => string;
}) {
  const messages = [
    { id: thread.id, author: thread.author, createdAt: thread.createdAt, text: thread.text },
    ...thread.replies,
  ];
  return (
    <ol className="comment-messages">
      {messages.map((message) => (
        <li key={message.id} className="comment-message" data-testid="comment-message">
          <p className="comment-byline">
            <span className="comment-author">{message.author}</span>{' '}
            <time dateTime={message.createdAt}>{dateTime(message.createdAt)}</time>
          </p>
          <p className="comment-text" data-testid="comment-message-text">
            {message.text}
          </p>
        </li>
      ))}
    </ol>
  );
}
