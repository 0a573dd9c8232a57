// What can be done to the open draft as a whole: move it along the workflow, open its
// history, check its house style, read its comments, preview it as the site will show it,
// publish it, export it.
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { StringKey } from '../../i18n/index.ts';
import type { Draft, WorkflowStatus } from '../../../electron/contract/index.ts';
import { STAGES_SET_BY_HAND } from '../../../common/newsroom/roles.ts';
import { useDraftNewsroom } from '../drafts/draft-newsroom-context.ts';
import { WORKFLOW_STATUSES } from '../../../common/newsroom/workflow-statuses.ts';
import { HouseStyleBadge } from '../house-style/HouseStyleBadge.tsx';
import { ExportButtons } from '../transfer/ExportButtons.tsx';
import { useSidePanels, type SidePanelId } from './side-panels.ts';

interface ArticleActionsProps {
  draft: Draft;
  onStatus: (status: WorkflowStatus) => void;
  flush: () => Promise<boolean>;
  onError: (error: unknown) => void;
}

/** The panels' buttons, in the order they stand, with the label of each. */
const PANEL_BUTTONS = [
  ['history', 'history.open'],
  ['preview', 'preview.open'],
  ['style', 'houseStyle.open'],
  ['suggestions', 'suggestions.open'],
  ['comments', 'comments.open'],
  ['publish', 'publish.open'],
] as const satisfies readonly (readonly [SidePanelId, StringKey])[];

export function ArticleActions({ draft, onStatus, flush, onError }: ArticleActionsProps) {
  const panels = useSidePanels();
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
      {PANEL_BUTTONS.map(([id, label]) => (
        <button
          key={id}
          type="button"
          className="quiet-button"
          data-testid={`${id}-toggle`}
          aria-pressed={panels.open === id}
          onClick={() => panels.togglePanel(id)}
        >
          {t(label)}
          {id === 'style' && <HouseStyleBadge />}
        </button>
      ))}
      <ExportButtons draft={draft} flush={flush} onError={onError} />
    </div>
  );
}
