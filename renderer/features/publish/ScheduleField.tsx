// When a scheduled post goes live: typed in the writer's own zone, with the same instant
// as the site's clock will show it (WordPress schedules in the site's zone).
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { PublishPreparation } from '../../../electron/contract/index.ts';
import { formatInSiteZone, formatWritten, localInputToIso, siteZoneLabel } from './site-time.ts';

interface ScheduleFieldProps {
  value: string;
  zone: PublishPreparation['timeZone'];
  invalid: boolean;
  onChange: (value: string) => void;
}

export function ScheduleField({ value, zone, invalid, onChange }: ScheduleFieldProps) {
  const { t, i18n } = useTranslation();
  const iso = localInputToIso(value);
  const writerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <div className="field">
      <label>
        <span>{t('publish.scheduleAt', { zone: writerZone })}</span>
        <input
          type="datetime-local"
          data-testid="publish-schedule"
          aria-invalid={invalid}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      </label>
      {iso && (
        <p className="field-hint" data-testid="publish-written-time">
          {t('publish.writtenTime', { time: formatWritten(iso, i18n.locale) })}
        </p>
      )}
      {zone && iso ? (
        <p className="field-hint" data-testid="publish-site-time">
          {t('publish.siteTime', {
            time: formatInSiteZone(iso, zone, i18n.locale),
            zone: siteZoneLabel(zone),
          })}
        </p>
      ) : !zone ? (
        <p className="field-hint">{t('publish.siteZoneUnknown')}</p>
      ) : null}
      {invalid && <p role="alert">{t('errors.publish.schedule_missing')}</p>}
    </div>
  );
}
