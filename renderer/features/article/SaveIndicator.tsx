// Where the article stands on disk: saving, saved (with the time) or failed (with a plain
// message that says why when the host's code tells it; the text stays in memory and the
// save is retried).
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { SaveStatus } from './autosaver.ts';
import { saveFailureKey } from './save-status.ts';

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
      text = t(saveFailureKey(status.code));
      break;
  }
  return (
    <p
      className={`save-status save-status-${status.state}`}
      data-testid="save-status"
      data-state={status.state}
      data-code={status.state === 'failed' ? status.code : undefined}
      role={status.state === 'failed' ? 'alert' : 'status'}
    >
      {text}
    </p>
  );
}
