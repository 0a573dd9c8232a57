// The trash: drafts put aside, newest first; each can come back or be deleted for good,
// and the whole trash can be emptied. Deleting asks first.
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { TrashedDraftSummary } from '../../../electron/contract/index.ts';
import { ConfirmButton } from './ConfirmButton.tsx';
import { useDateTime } from './useDateTime.ts';

interface TrashListProps {
  trash: TrashedDraftSummary[];
  onRestore: (draftId: string) => void;
  onDelete: (draftId: string) => void;
  onEmpty: () => void;
}

export function TrashList({ trash, onRestore, onDelete, onEmpty }: TrashListProps) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  if (trash.length === 0)
    return (
      <p className="library-empty" data-testid="trash-empty">
        {t('trash.empty')}
      </p>
    );
  return (
    <>
      <div className="library-toolbar">
        <ConfirmButton
          label={t('trash.emptyAll')}
          question={t('trash.emptyAllQuestion', { count: trash.length })}
          testId="trash-empty-all"
          onConfirm={onEmpty}
        />
      </div>
      <ul className="draft-list" data-testid="trash-list">
        {trash.map((draft) => (
          <li key={draft.id} className="draft-row" data-testid="trash-row" data-draft-id={draft.id}>
            <span className="draft-title" lang="ar" dir="auto">
              {draft.title || t('library.untitled')}
            </span>
            <p className="draft-facts">
              {t('trash.trashedAt')}{' '}
              <time dateTime={draft.trashedAt}>{dateTime(draft.trashedAt)}</time>
            </p>
            <div className="draft-actions">
              <button
                type="button"
                className="quiet-button"
                data-testid="trash-restore"
                onClick={() => onRestore(draft.id)}
              >
                {t('trash.restore')}
              </button>
              <ConfirmButton
                label={t('trash.delete')}
                question={t('trash.deleteQuestion')}
                testId="trash-delete"
                onConfirm={() => onDelete(draft.id)}
              />
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
