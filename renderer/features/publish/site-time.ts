// The schedule is typed in the writer's own zone (a datetime-local field) and sent as an
// instant; the panel also shows that instant as the site's clock will read it.
import type { PublishPreparation } from '../../../electron/contract/index.ts';

export type SiteTimeZone = NonNullable<PublishPreparation['timeZone']>;

/** `Asia/Riyadh`, or `UTC+5:30` for a site set to a plain offset. */
export function siteZoneLabel(zone: SiteTimeZone): string {
  if (zone.timezoneString !== '') return zone.timezoneString;
  const sign = zone.gmtOffset < 0 ? '-' : '+';
  const minutes = Math.round(Math.abs(zone.gmtOffset) * 60);
  const rest = minutes % 60;
  return `UTC${sign}${Math.floor(minutes / 60)}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

/** A datetime-local value (`2025-03-01T09:30`, the writer's zone) as an ISO instant, or null when incomplete. */
export function localInputToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** A datetime-local value for `date` in the writer's zone. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The next whole hour at least an hour away: a sensible first guess for a schedule. */
export function defaultScheduleInput(now: Date): string {
  const next = new Date(now.getTime() + 60 * 60 * 1000);
  next.setMinutes(0, 0, 0);
  return toLocalInput(next);
}

/**
 * `iso` as the writer's own clock shows it, written out (weekday, month name) in `locale`'s
 * language and digits: the datetime field beside it is drawn by the browser in its own.
 */
export function formatWritten(iso: string, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'full',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(iso));
}

/** `iso` as the site's clock shows it, in the interface language and digits (`locale`). */
export function formatInSiteZone(iso: string, zone: SiteTimeZone, locale: string): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
  const instant = new Date(iso);
  if (zone.timezoneString !== '') {
    try {
      return new Intl.DateTimeFormat(locale, { ...options, timeZone: zone.timezoneString }).format(
        instant,
      );
    } catch {
      // A zone this browser does not know: fall through to the offset.
    }
  }
  const shifted = new Date(instant.getTime() + zone.gmtOffset * 60 * 60 * 1000);
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(shifted);
}
