// The comments panel (التعليقات) beside the article: a new comment on the selection, then
// every thread in document order; resolved ones are hidden until asked for, and a thread
// whose text was deleted stays listed as such.
import { useMemo, useState } from 'react';
import { REVIEW_LIMITS } from '../../../../common/review/review-limits.ts';
import { useTranslation } from '../../../i18n/useTranslation.ts';
import { useDraftNewsroom } from '../../drafts/draft-newsroom-context.ts';
import '../../../styles/comments.css';
import { CommentComposer } from './CommentComposer.tsx';
import { commentActions, type CommentRefusal } from './comment-actions.ts';
import { CommentThreadCard } from './CommentThreadCard.tsx';
import { listedThreads, useReviewState, useReviewStore } from './review-store.ts';
import { ReviewerNameForm } from './ReviewerNameForm.tsx';
import { revealThread } from './reveal-thread.ts';
import { SidePanel } from '../../shell/SidePanel.tsx';

export interface CommentsPanelProps {
  onClose: () => void;
}

export default function CommentsPanel({ onClose }: CommentsPanelProps) {
  const { t } = useTranslation();
  const store = useReviewStore();
  const state = useReviewState(store);
  const [showResolved, setShowResolved] = useState(false);
  const [refusal, setRefusal] = useState<CommentRefusal | null>(null);
  // The name in Settings, else the site account's: the name form shows only to who has neither.
  const { reviewerName } = useDraftNewsroom();
  const actions = useMemo(
    () => (store ? commentActions(store, reviewerName) : null),
    [store, reviewerName],
  );
  const threads = listedThreads(state);
  const resolvedCount = threads.filter(({ thread }) => thread.resolved).length;
  const shown = threads.filter(({ thread }) => showResolved || !thread.resolved);
  const refusalKey = refusal ? (refusal.slice('review.'.length) as RefusalKey) : null;
  const refusalText =
    refusalKey === null
      ? null
      : refusalKey === 'text_too_long'
        ? t('comments.refused.text_too_long', { count: REVIEW_LIMITS.textChars })
        : t(`comments.refused.${refusalKey}`);

  return (
    <SidePanel
      className="comments-panel"
      testId="comments-panel"
      title={t('comments.title')}
      closeLabel={t('comments.close')}
      closeTestId="comments-close"
      onClose={onClose}
    >
      {reviewerName === '' && <ReviewerNameForm intro focusOn={state.pending ?? undefined} />}
      {refusalText && (
        <p className="notice" role="alert" data-testid="comments-refused">
          {refusalText}
        </p>
      )}
      {state.pending && actions && reviewerName !== '' && (
        <div className="comment-new" data-testid="comment-new">
          <p className="comment-new-on">{t('comments.newOn')}</p>
          <blockquote className="comment-quote">{state.pending.quote}</blockquote>
          <CommentComposer
            label={t('comments.placeholder')}
            submitLabel={t('comments.add')}
            cancelLabel={t('comments.cancel')}
            testId="comment-compose"
            focusOn={state.pending}
            onSubmit={(text) => {
              const refused = actions.addComment(text);
              setRefusal(refused);
              return refused === null;
            }}
            onCancel={() => {
              setRefusal(null);
              store?.cancelComment();
            }}
          />
        </div>
      )}
      {threads.length === 0 && !state.pending && (
        <p className="library-empty" data-testid="comments-none">
          {t('comments.none')}
        </p>
      )}
      {resolvedCount > 0 && (
        <label className="comments-filter">
          <input
            type="checkbox"
            data-testid="comments-show-resolved"
            checked={showResolved}
            onChange={(event) => setShowResolved(event.target.checked)}
          />
          {t('comments.showResolved', { count: resolvedCount })}
        </label>
      )}
      {actions && store && (
        <ol className="comment-threads" data-testid="comment-threads">
          {shown.map(({ thread, anchored }) => (
            <CommentThreadCard
              key={thread.id}
              thread={thread}
              anchored={anchored}
              selected={state.selectedId === thread.id}
              reviewerName={reviewerName}
              actions={actions}
              onSelect={() => {
                if (state.selectedId === thread.id) return;
                store.select(thread.id);
                if (anchored) revealThread(store, thread.id);
              }}
              onRefused={setRefusal}
            />
          ))}
        </ol>
      )}
    </SidePanel>
  );
}

type RefusalKey =
  | 'name_missing'
  | 'text_missing'
  | 'text_too_long'
  | 'thread_not_found'
  | 'not_author'
  | 'selection_gone';
