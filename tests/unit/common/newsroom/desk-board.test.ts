import { describe, expect, it } from 'vitest';
import { boardColumnOf, siteToday } from '../../../../common/newsroom/desk-board.ts';

describe("the desk chief's board", () => {
  const today = '2026-12-03';

  it('puts a pending story with the desk until Midad knows it was copy-edited or approved', () => {
    expect(boardColumnOf({ siteStatus: 'pending', siteDate: null, stage: null }, today)).toBe(
      'with-desk',
    );
    expect(
      boardColumnOf({ siteStatus: 'pending', siteDate: null, stage: 'sent_to_desk' }, today),
    ).toBe('with-desk');
    expect(
      boardColumnOf({ siteStatus: 'pending', siteDate: null, stage: 'copy_edited' }, today),
    ).toBe('copy-edited');
    expect(boardColumnOf({ siteStatus: 'pending', siteDate: null, stage: 'approved' }, today)).toBe(
      'approved',
    );
  });

  it('shows scheduled stories, and published ones only on the day they went out', () => {
    expect(
      boardColumnOf(
        { siteStatus: 'future', siteDate: '2026-12-09T06:00:00', stage: 'approved' },
        today,
      ),
    ).toBe('scheduled');
    expect(
      boardColumnOf({ siteStatus: 'publish', siteDate: '2026-12-03T23:50:00', stage: null }, today),
    ).toBe('published-today');
    expect(
      boardColumnOf({ siteStatus: 'publish', siteDate: '2026-12-02T23:50:00', stage: null }, today),
    ).toBeNull();
  });

  it("leaves the reporters' drafts and the trash off the board", () => {
    expect(
      boardColumnOf({ siteStatus: 'draft', siteDate: null, stage: 'draft' }, today),
    ).toBeNull();
    expect(boardColumnOf({ siteStatus: 'trash', siteDate: null, stage: null }, today)).toBeNull();
  });

  it("counts today where the site is, by its zone's name or by its offset", () => {
    const lateEvening = new Date('2026-12-03T22:30:00Z');
    expect(siteToday(lateEvening, { timezoneString: 'Asia/Riyadh', gmtOffset: 3 })).toBe(
      '2026-12-04',
    );
    expect(
      siteToday(lateEvening, { timezoneString: 'America/Casablanca-not-a-zone', gmtOffset: 1 }),
    ).toBe('2026-12-03');
    expect(siteToday(lateEvening, { timezoneString: '', gmtOffset: 5.5 })).toBe('2026-12-04');
    expect(siteToday(lateEvening, { timezoneString: '', gmtOffset: -5 })).toBe('2026-12-03');
  });
});
