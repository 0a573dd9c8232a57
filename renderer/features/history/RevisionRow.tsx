// One revision: when, why (and for a change of stage, to which and by whom), how long, and how
// much it changed against the one before.
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { RevisionInfo } from '../../../electron/contract/index.ts';

interface RevisionRowProps {
  revision: RevisionInfo;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onPreview: () => void;
  onRestore: () => void;
}

export function RevisionRow({
  revision,
  selected,
  onSelect,
  onPreview,
  onRestore,
}: RevisionRowProps) {
  const { t, i18n } = useTranslation();
  const signed = new Intl.NumberFormat(i18n.locale, { signDisplay: 'exceptZero' });
  const time = new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'short', timeStyle: 'medium' });
  return (
    <li
      className="revision"
      data-testid="revision"
      data-revision-id={revision.id}
      data-reason={revision.reason}
    >
      <label className="revision-pick">
        <input
          type="checkbox"
          data-testid="revision-select"
          checked={selected}
          onChange={(event) => onSelect(event.target.checked)}
          aria-label={t('history.selectForCompare')}
        />
        <time dateTime={revision.createdAt}>{time.format(new Date(revision.createdAt))}</time>
      </label>
      <p className="revision-facts">
        <span>{t(`history.reason.${revision.reason}`)}</span>
        {revision.reason === 'status_change' && (
          <span data-testid="revision-status">
            {t('history.statusNow', { status: t(`workflow.${revision.status}`) })}
          </span>
        )}
        {revision.by !== undefined && (
          <span data-testid="revision-by">{t('history.changedBy', { name: revision.by })}</span>
        )}
        <span>{t('history.words', { count: revision.words })}</span>
        <span className="revision-delta">
          {t('history.deltaWords')} <bdi dir="ltr">{signed.format(revision.wordsDelta)}</bdi>
          {t('history.deltaSeparator')}
          {t('history.deltaCharacters')}{' '}
          <bdi dir="ltr">{signed.format(revision.charactersDelta)}</bdi>
        </span>
      </p>
      <div className="revision-actions">
        <button
          type="button"
          className="quiet-button"
          data-testid="revision-preview"
          onClick={onPreview}
        >
          {t('history.preview')}
        </button>
        <button
          type="button"
          className="quiet-button"
          data-testid="revision-restore"
          onClick={onRestore}
        >
          {t('history.restore')}
        </button>
      </div>
    </li>
  );
}
