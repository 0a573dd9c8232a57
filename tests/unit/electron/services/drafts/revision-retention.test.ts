// The retention policy as a pure function: all recent history, then hourly, then daily, capped.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RETENTION,
  revisionsToPrune,
  type DatedRevision,
} from '../../../../../electron/services/drafts/revision-retention.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = Date.UTC(2026, 10, 29, 12, 0, 0);

function every(stepMs: number, count: number, from = now): DatedRevision[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `r${index}`,
    createdAt: from - index * stepMs,
  }));
}

describe('revision retention', () => {
  it('keeps everything from the last 24 hours', () => {
    expect(
      revisionsToPrune(every(5 * 60_000, 24 * 12 - 1), now, {
        ...DEFAULT_RETENTION,
        maxRevisions: 1000,
      }),
    ).toEqual([]);
  });

  it('keeps the newest revision of each hour for a week', () => {
    const revisions = every(15 * 60_000, 4 * 24 * 3).filter(
      (revision) => now - revision.createdAt >= DAY,
    );
    const pruned = new Set(revisionsToPrune(revisions, now));
    const kept = revisions.filter((revision) => !pruned.has(revision.id));
    const hours = kept.map((revision) => Math.floor(revision.createdAt / HOUR));
    expect(new Set(hours).size).toBe(hours.length);
    expect(kept).toHaveLength(
      new Set(revisions.map((revision) => Math.floor(revision.createdAt / HOUR))).size,
    );
    // In each hour the newest survives.
    for (const revision of kept) {
      const sameHour = revisions.filter(
        (other) => Math.floor(other.createdAt / HOUR) === Math.floor(revision.createdAt / HOUR),
      );
      expect(Math.max(...sameHour.map((other) => other.createdAt))).toBe(revision.createdAt);
    }
  });

  it('keeps one a day after a week', () => {
    const revisions = every(6 * HOUR, 4 * 30, now - 8 * DAY);
    const pruned = new Set(revisionsToPrune(revisions, now));
    const days = revisions
      .filter((revision) => !pruned.has(revision.id))
      .map((revision) => Math.floor(revision.createdAt / DAY));
    expect(new Set(days).size).toBe(days.length);
    expect(days.length).toBeGreaterThanOrEqual(29);
  });

  it('never keeps more than the cap, and keeps the newest', () => {
    const revisions = every(60_000, 500);
    const pruned = revisionsToPrune(revisions, now, { ...DEFAULT_RETENTION, maxRevisions: 50 });
    expect(pruned).toHaveLength(450);
    expect(pruned).not.toContain('r0');
    expect(pruned).toContain('r50');
  });

  it('keeps the newest revision even when a cap of zero is asked', () => {
    expect(
      revisionsToPrune(every(DAY, 3, now - 30 * DAY), now, {
        ...DEFAULT_RETENTION,
        maxRevisions: 0,
      }),
    ).toEqual(['r1', 'r2']);
  });

  it('does not depend on the order it is given', () => {
    const revisions = every(20 * 60_000, 300);
    expect(revisionsToPrune([...revisions].reverse(), now).sort()).toEqual(
      revisionsToPrune(revisions, now).sort(),
    );
  });
});
