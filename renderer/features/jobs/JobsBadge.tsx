// The header's count of publish jobs still on their way and of failures not yet looked at;
// a click opens the publish panel with its outbox. Nothing shows while there is neither.
import { useTranslation } from '../../i18n/useTranslation.ts';
import '../../styles/jobs.css';
import type { OutboxCounts } from './outbox-summary.ts';
import { askToNotify } from './system-notifications.ts';

interface JobsBadgeProps {
  counts: OutboxCounts;
  onOpen: () => void;
}

export function JobsBadge({ counts, onOpen }: JobsBadgeProps) {
  const { t, i18n } = useTranslation();
  const { running, failed } = counts;
  if (running === 0 && failed === 0) return null;
  const number = new Intl.NumberFormat(i18n.locale);
  const label = t('jobs.badgeLabel', {
    running: t('jobs.running', { count: running }),
    failed: t('jobs.failed', { count: failed }),
  });
  return (
    <button
      type="button"
      className="jobs-badge"
      data-testid="jobs-badge"
      data-running={running}
      data-failed={failed}
      aria-label={label}
      title={label}
      onClick={() => {
        askToNotify();
        onOpen();
      }}
    >
      {running > 0 && (
        <span className="jobs-badge-running" aria-hidden="true">
          {`↻ ${number.format(running)}`}
        </span>
      )}
      {failed > 0 && (
        <span className="jobs-badge-failed" aria-hidden="true">
          {`! ${number.format(failed)}`}
        </span>
      )}
    </button>
  );
}
