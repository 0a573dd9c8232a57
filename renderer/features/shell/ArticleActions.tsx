// What can be done to the open draft as a whole: move it along the workflow, open its
// history, check its house style, read its comments, preview it as the site will show it,
// publish it, export it.
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { Draft, WorkflowStatus } from '../../../electron/contract/index.ts';
import { STAGES_SET_BY_HAND } from '../../../common/newsroom/roles.ts';
import { useDraftNewsroom } from '../drafts/draft-newsroom-context.ts';
import { WORKFLOW_STATUSES } from '../../../common/newsroom/workflow-statuses.ts';
import { HouseStyleBadge } from '../house-style/HouseStyleBadge.tsx';
import { ExportButtons } from '../transfer/ExportButtons.tsx';

interface ArticleActionsProps {
  draft: Draft;
  historyOpen: boolean;
  onToggleHistory: () => void;
  publishOpen: boolean;
  onTogglePublish: () => void;
  previewOpen: boolean;
  onTogglePreview: () => void;
  styleOpen: boolean;
  onToggleStyle: () => void;
  suggestionsOpen: boolean;
  onToggleSuggestions: () => void;
  commentsOpen: boolean;
  onToggleComments: () => void;
  onStatus: (status: WorkflowStatus) => void;
  flush: () => Promise<boolean>;
  onError: (error: unknown) => void;
}

export function ArticleActions(props: ArticleActionsProps) {
  const {
    draft,
    historyOpen,
    onToggleHistory,
    publishOpen,
    onTogglePublish,
    previewOpen,
    onTogglePreview,
    styleOpen,
    onToggleStyle,
    suggestionsOpen,
    onToggleSuggestions,
    onStatus,
    flush,
    onError,
  } = props;
  const { commentsOpen, onToggleComments } = props;
  const { t } = useTranslation();
  // Only the stages this user's role may set by hand (common/newsroom/roles.ts); the story's
  // own stage stays shown, greyed, when it is one the site set (published) or the desk did.
  const settable = new Set<WorkflowStatus>(STAGES_SET_BY_HAND[useDraftNewsroom().role]);
  const stages = WORKFLOW_STATUSES.filter(
    (status) => settable.has(status) || status === draft.workflow.status,
  );
  return (
    <div className="article-actions" role="toolbar" aria-label={t('article.actions')}>
      <label className="status-select">
        <span>{t('article.status')}</span>
        <select
          data-testid="workflow-status"
          value={draft.workflow.status}
          // With the desk, the desk moves the story: its answer or a take back changes the status.
          disabled={draft.workflow.withDesk !== undefined}
          onChange={(event) => onStatus(event.target.value as WorkflowStatus)}
        >
          {stages.map((status) => (
            <option key={status} value={status} disabled={!settable.has(status)}>
              {t(`workflow.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="quiet-button"
        data-testid="history-toggle"
        aria-pressed={historyOpen}
        onClick={onToggleHistory}
      >
        {t('history.open')}
      </button>
      <button
        type="button"
        className="quiet-button"
        data-testid="preview-toggle"
        aria-pressed={previewOpen}
        onClick={onTogglePreview}
      >
        {t('preview.open')}
      </button>
      <button
        type="button"
        className="quiet-button"
        data-testid="style-toggle"
        aria-pressed={styleOpen}
        onClick={onToggleStyle}
      >
        {t('houseStyle.open')}
        <HouseStyleBadge />
      </button>
      <button
        type="button"
        className="quiet-button"
        data-testid="suggestions-toggle"
        aria-pressed={suggestionsOpen}
        onClick={onToggleSuggestions}
      >
        {t('suggestions.open')}
      </button>
      <button
        type="button"
        className="quiet-button"
        data-testid="comments-toggle"
        aria-pressed={commentsOpen}
        onClick={onToggleComments}
      >
        {t('comments.open')}
      </button>
      <button
        type="button"
        className="quiet-button"
        data-testid="publish-toggle"
        aria-pressed={publishOpen}
        onClick={onTogglePublish}
      >
        {t('publish.open')}
      </button>
      <ExportButtons draft={draft} flush={flush} onError={onError} />
    </div>
  );
}
