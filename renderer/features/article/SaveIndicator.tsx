// Where the article stands on disk: saving, saved (with the time) or failed (with a plain
// message; the text stays in memory and the save is retried).
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { SaveStatus } from './autosaver.ts';

export function SaveIndicator({ status }: { status: SaveStatus }) {
  const { t, i18n } = useTranslation();
  let text: string;
  switch (status.state) {
    case 'idle':
      text = t('save.idle');
      break;
    case 'saving':
      text = t('save.saving');
      break;
    case 'saved':
      text = t('save.saved', {
        time: new Intl.DateTimeFormat(i18n.locale, { hour: 'numeric', minute: '2-digit' }).format(
          new Date(status.savedAt),
        ),
      });
      break;
    case 'failed':
      text = t('save.failed');
      break;
  }
  return (
    <p
      className={`save-status save-status-${status.state}`}
      data-testid="save-status"
      data-state={status.state}
      role={status.state === 'failed' ? 'alert' : 'status'}
    >
      {text}
    </p>
  );
}
