// Where a story stands on the desk chief's board. WordPress knows only
// pending, future and publish; "copy-edited" and "approved" are Midad's own stages, known
// from the story's Midad document on the site (midad-bridge) or from a copy on this machine.
// Pure: the caller gives the site's answer, the stage it knows and the site's today.

export const BOARD_COLUMNS = [
  'with-desk',
  'copy-edited',
  'approved',
  'scheduled',
  'published-today',
] as const;
export type BoardColumn = (typeof BOARD_COLUMNS)[number];

export interface BoardPlacement {
  /** The post's status on the site. */
  siteStatus: string;
  /** The post's `date`, in the site's own time (WordPress gives it without an offset). */
  siteDate: string | null;
  /** Midad's stage for the story where it is known (a workflow status: `copy_edited`, `approved`…). */
  stage: string | null;
}

/** The column the story belongs in, or null when it is not on today's board (a draft, or published on another day). */
export function boardColumnOf(story: BoardPlacement, siteToday: string): BoardColumn | null {
  switch (story.siteStatus) {
    case 'pending':
      if (story.stage === 'approved') return 'approved';
      if (story.stage === 'copy_edited') return 'copy-edited';
      return 'with-desk';
    case 'future':
      return 'scheduled';
    case 'publish':
      return story.siteDate?.startsWith(siteToday) ? 'published-today' : null;
    default:
      return null;
  }
}

/** Today's date (`YYYY-MM-DD`) where the site is: its named zone, else its plain offset from UTC. */
export function siteToday(now: Date, zone: { timezoneString: string; gmtOffset: number }): string {
  if (zone.timezoneString !== '') {
    try {
      // en-CA writes dates as YYYY-MM-DD.
      return new Intl.DateTimeFormat('en-CA', {
        timeZone: zone.timezoneString,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }).format(now);
    } catch {
      // A zone this runtime does not know: the offset WordPress also sends is the next best thing.
    }
  }
  return new Date(now.getTime() + zone.gmtOffset * 3_600_000).toISOString().slice(0, 10);
}
