// One draft in the library: what it is (headline or first words, section, length), where
// it stands (workflow status, sync) and when it last changed; open, duplicate, trash.
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { DraftSummary } from '../../../electron/contract/index.ts';
import { useDateTime } from './useDateTime.ts';

interface DraftRowProps {
  draft: DraftSummary;
  isOpen: boolean;
  onOpen: () => void;
  onDuplicate: () => void;
  onTrash: () => void;
}

export function DraftRow({ draft, isOpen, onOpen, onDuplicate, onTrash }: DraftRowProps) {
  const { t, i18n } = useTranslation();
  const dateTime = useDateTime();
  const number = new Intl.NumberFormat(i18n.locale);
  return (
    <li
      className="draft-row"
      data-testid="draft-row"
      data-draft-id={draft.id}
      data-status={draft.status}
    >
      <button type="button" className="draft-open" data-testid="draft-open" onClick={onOpen}>
        <span
          className={draft.titleIsHeadline ? 'draft-title' : 'draft-title draft-title-words'}
          lang="ar"
          dir="auto"
        >
          {draft.title || t('library.untitled')}
        </span>
        {isOpen && <span className="draft-badge">{t('library.openNow')}</span>}
      </button>
      <dl className="draft-facts">
        <div>
          <dt>{t('library.section')}</dt>
          <dd>{draft.section || t('library.noSection')}</dd>
        </div>
        <div>
          <dt>{t('library.words')}</dt>
          <dd data-testid="draft-words" data-value={draft.words}>
            {number.format(draft.words)}
          </dd>
        </div>
        <div>
          <dt>{t('library.status')}</dt>
          <dd data-testid="draft-status">{t(`workflow.${draft.status}`)}</dd>
        </div>
        <div>
          <dt>{t('library.sync')}</dt>
          <dd data-testid="draft-sync">{t(`sync.${draft.sync}`)}</dd>
        </div>
        <div>
          <dt>{t('library.updated')}</dt>
          <dd>
            <time dateTime={draft.updatedAt}>{dateTime(draft.updatedAt)}</time>
          </dd>
        </div>
      </dl>
      <div className="draft-actions">
        <button
          type="button"
          className="quiet-button"
          data-testid="draft-duplicate"
          onClick={onDuplicate}
        >
          {t('library.duplicate')}
        </button>
        <button type="button" className="quiet-button" data-testid="draft-trash" onClick={onTrash}>
          {t('library.trash')}
        </button>
      </div>
    </li>
  );
}
