// Says in the header that the sites cannot be reached: the machine has no network, or a
// publish job is waiting because its site did not answer. Gone once either comes back.
import { useTranslation } from '../../i18n/useTranslation.ts';
import '../../styles/jobs.css';
import { useNavigatorOnline } from './useNavigatorOnline.ts';

export function OfflineIndicator({ sitesUnreachable }: { sitesUnreachable: boolean }) {
  const { t } = useTranslation();
  const online = useNavigatorOnline();
  if (online && !sitesUnreachable) return null;
  const reason = online ? 'sites' : 'network';
  return (
    <p
      className="offline-indicator"
      role="status"
      data-testid="offline-indicator"
      data-reason={reason}
      title={t(`jobs.offline.${reason}Hint`)}
    >
      {t(`jobs.offline.${reason}`)}
    </p>
  );
}
