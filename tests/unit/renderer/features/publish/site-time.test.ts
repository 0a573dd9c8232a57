import { describe, expect, it } from 'vitest';
import {
  defaultScheduleInput,
  formatInSiteZone,
  formatWritten,
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
    expect(
      formatInSiteZone(noonUtc, { timezoneString: 'Asia/Riyadh', gmtOffset: 3 }, 'en'),
    ).toContain('3:00');
    expect(formatInSiteZone(noonUtc, { timezoneString: '', gmtOffset: 5.5 }, 'en')).toContain(
      '5:30',
    );
    expect(
      formatInSiteZone(noonUtc, { timezoneString: 'Not/AZone', gmtOffset: -1 }, 'en'),
    ).toContain('11:00');
  });

  it('first suggests the next whole hour at least an hour away', () => {
    expect(defaultScheduleInput(new Date(2030, 2, 1, 9, 10))).toBe('2030-03-01T10:00');
  });

  it('writes the scheduled time out in Arabic words, in the house digits, beside the browser-drawn field', () => {
    const evening = '2026-12-06T21:05:00.000Z';
    const indic = formatWritten(evening, 'ar-u-nu-arab', 'UTC');
    expect(indic).toContain('الأحد');
    expect(indic).toContain('ديسمبر');
    expect(indic).toContain('٢٠٢٦');
    expect(indic).toContain('٩:٠٥');
    expect(indic).not.toMatch(/[0-9]/);
    const western = formatWritten(evening, 'ar-u-nu-latn', 'UTC');
    expect(western).toContain('ديسمبر');
    expect(western).toContain('2026');
    expect(western).toContain('9:05');
    expect(western).not.toMatch(/[٠-٩]/);
    expect(
      formatInSiteZone(evening, { timezoneString: 'Asia/Riyadh', gmtOffset: 3 }, 'ar-u-nu-arab'),
    ).toContain('١٢:٠٥');
  });
});
