import { describe, expect, it } from 'vitest';
import {
  defaultScheduleInput,
  formatInSiteZone,
  localInputToIso,
  siteZoneLabel,
  toLocalInput,
} from '../../../../../renderer/features/publish/site-time.ts';

describe("a schedule typed in the writer's zone and shown in the site's", () => {
  it("names the site's zone, or its offset when it has no named zone", () => {
    expect(siteZoneLabel({ timezoneString: 'Asia/Riyadh', gmtOffset: 3 })).toBe('Asia/Riyadh');
    expect(siteZoneLabel({ timezoneString: '', gmtOffset: 5.5 })).toBe('UTC+5:30');
    expect(siteZoneLabel({ timezoneString: '', gmtOffset: -4 })).toBe('UTC-4');
    expect(siteZoneLabel({ timezoneString: '', gmtOffset: 0 })).toBe('UTC+0');
  });

  it('turns the typed local time into the same instant, and back', () => {
    const iso = localInputToIso('2030-03-01T09:30');
    expect(iso).not.toBeNull();
    expect(toLocalInput(new Date(iso ?? ''))).toBe('2030-03-01T09:30');
    expect(localInputToIso('')).toBeNull();
    expect(localInputToIso('2030-03-01')).toBeNull();
  });

  it("shows the instant on the site's clock, by zone name or by offset", () => {
    const noonUtc = '2030-03-01T12:00:00.000Z';
    expect(formatInSiteZone(noonUtc, { timezoneString: 'Asia/Riyadh', gmtOffset: 3 }, 'en')).toContain('3:00');
    expect(formatInSiteZone(noonUtc, { timezoneString: '', gmtOffset: 5.5 }, 'en')).toContain('5:30');
    expect(formatInSiteZone(noonUtc, { timezoneString: 'Not/AZone', gmtOffset: -1 }, 'en')).toContain('11:00');
  });

  it('first suggests the next whole hour at least an hour away', () => {
    expect(defaultScheduleInput(new Date(2030, 2, 1, 9, 10))).toBe('2030-03-01T10:00');
  });
});
