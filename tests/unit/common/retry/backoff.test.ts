// The one backoff of the outbox and the autosave: growing waits, a random share taken off
// (with a given random, so the bounds are exact), a cap, and a server's Retry-After
// believed in both its forms.
import { describe, expect, it } from 'vitest';
import {
  fixedStepsOr,
  isRetryLaterStatus,
  retryAfterMs,
  retryWaitMs,
  type BackoffPolicy,
} from '../../../../common/retry/backoff.ts';

const policy: BackoffPolicy = { firstMs: 1_000, factor: 2, maxMs: 10_000, jitter: 0.5 };
const NOW = Date.parse('2026-12-07T10:00:00Z');

describe('retry waits', () => {
  it('grow by the factor from the first wait, and stop at the cap', () => {
    const exact = { ...policy, jitter: 0 };
    expect([0, 1, 2, 3, 4, 5, 60, 2000].map((attempt) => retryWaitMs(exact, attempt))).toEqual([
      1_000, 2_000, 4_000, 8_000, 10_000, 10_000, 10_000, 10_000,
    ]);
  });

  it('take off at most the jitter share: the wait lies between (1 - jitter) × step and the step', () => {
    expect(retryWaitMs(policy, 2, { random: () => 0 })).toBe(4_000);
    expect(retryWaitMs(policy, 2, { random: () => 1 })).toBe(2_000);
    expect(retryWaitMs(policy, 2, { random: () => 0.5 })).toBe(3_000);
    for (let i = 0; i < 200; i += 1) {
      const wait = retryWaitMs(policy, 3);
      expect(wait).toBeGreaterThanOrEqual(4_000);
      expect(wait).toBeLessThanOrEqual(8_000);
    }
    // A random outside 0..1 is held to it: never a negative or a longer wait.
    expect(retryWaitMs(policy, 0, { random: () => 7 })).toBe(500);
    expect(retryWaitMs(policy, 0, { random: () => -1 })).toBe(1_000);
  });

  it('jitter the cap too, so clients that all reached it still spread out', () => {
    expect(retryWaitMs(policy, 10, { random: () => 1 })).toBe(5_000);
  });

  it('take fixed steps when given, the last repeating, without jitter', () => {
    const fixed = fixedStepsOr(policy, [20, 50]);
    expect([0, 1, 2, 9].map((attempt) => retryWaitMs(fixed, attempt, { random: () => 1 }))).toEqual(
      [20, 50, 50, 50],
    );
    expect(fixedStepsOr(policy)).toBe(policy);
    expect(fixedStepsOr(policy, [])).toBe(policy);
  });

  it('wait what the server asked for instead, up to the cap, without jitter', () => {
    expect(retryWaitMs(policy, 0, { retryAfterMs: 7_000, random: () => 1 })).toBe(7_000);
    expect(retryWaitMs(policy, 0, { retryAfterMs: 3_600_000 })).toBe(10_000);
    expect(retryWaitMs(policy, 3, { retryAfterMs: 0 })).toBe(0);
    expect(retryWaitMs({ ...policy, jitter: 0 }, 1, { retryAfterMs: null })).toBe(2_000);
  });
});

describe('Retry-After', () => {
  it('reads a number of seconds', () => {
    expect(retryAfterMs('120', NOW)).toBe(120_000);
    expect(retryAfterMs(' 0 ', NOW)).toBe(0);
  });

  it('reads an HTTP date, as the wait from now; a date past is no wait', () => {
    expect(retryAfterMs('Mon, 07 Dec 2026 10:01:30 GMT', NOW)).toBe(90_000);
    expect(retryAfterMs('Mon, 07 Dec 2026 09:00:00 GMT', NOW)).toBe(0);
  });

  it('gives null for what is missing or unreadable', () => {
    for (const header of [null, undefined, '', '-5', '1.5', 'soon', 'Mon, 99 Foo 2026'])
      expect(retryAfterMs(header, NOW)).toBeNull();
  });

  it('is asked only of the statuses that may carry it', () => {
    expect([429, 503, 500, 502, 404].map(isRetryLaterStatus)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
