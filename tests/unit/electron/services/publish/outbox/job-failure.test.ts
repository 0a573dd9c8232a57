// What an error makes of a running job: back in the queue, cancelled, waiting for its site
// (the outbox's backoff, or the wait a 429/503 asked for), or failed for good.
import { describe, expect, it } from 'vitest';
import type { BackoffPolicy } from '../../../../../../common/retry/backoff.ts';
import {
  afterFailure,
  OUTBOX_BACKOFF,
  outboxBackoff,
} from '../../../../../../electron/services/publish/outbox/job-failure.ts';
import type { JobFile } from '../../../../../../electron/services/publish/outbox/job-file.ts';
import {
  Cancelled,
  Stopped,
} from '../../../../../../electron/services/publish/outbox/steps/job-run.ts';
import { ServiceError } from '../../../../../../electron/services/service-error.ts';
import {
  errorFromAnswer,
  WordPressError,
} from '../../../../../../electron/services/publish/wordpress/wordpress-error.ts';

const now = new Date('2026-12-07T10:00:00.000Z');
const exact: BackoffPolicy = { firstMs: 1_000, factor: 2, maxMs: 60_000, jitter: 0 };
const job = (attempts = 0) => ({ attempts }) as JobFile;
const context = { backoff: exact, now, cancelRequested: false };

describe('a job after an error', () => {
  it('goes back to the queue when the host is shutting down, and is cancelled when the user asked', () => {
    expect(afterFailure(job(), new Stopped(), context)).toEqual({
      change: { state: 'queued' },
      unexpected: false,
    });
    expect(afterFailure(job(), new Cancelled(), context)).toEqual({
      change: { state: 'cancelled' },
      unexpected: false,
    });
  });

  it('waits for its site with a wait that grows with the attempts', () => {
    const offline = new WordPressError('wordpress.unreachable', 0, 'ECONNRESET');
    expect(afterFailure(job(0), offline, context).change).toEqual({
      state: 'waiting_offline',
      attempts: 1,
      nextAttemptAt: '2026-12-07T10:00:01.000Z',
      error: { code: 'wordpress.unreachable', suggestion: null, canPublishAsNew: false },
    });
    expect(afterFailure(job(3), offline, context).change).toMatchObject({
      attempts: 4,
      nextAttemptAt: '2026-12-07T10:00:08.000Z',
    });
  });

  it('waits what a busy site asked for (429 or 503 with Retry-After), up to the cap', () => {
    const busy = errorFromAnswer(429, null, 30_000);
    expect(busy.code).toBe('wordpress.server_error');
    expect(afterFailure(job(0), busy, context).change).toMatchObject({
      state: 'waiting_offline',
      nextAttemptAt: '2026-12-07T10:00:30.000Z',
    });
    const maintenance = errorFromAnswer(503, { code: 'maintenance' }, 3_600_000);
    expect(afterFailure(job(0), maintenance, context).change).toMatchObject({
      nextAttemptAt: '2026-12-07T10:01:00.000Z',
    });
  });

  it('fails for good on a permanent error, or an offline one the user cancelled meanwhile', () => {
    const cannot = new WordPressError('wordpress.cannot_publish', 403, 'rest_cannot_publish');
    expect(afterFailure(job(), cannot, context).change).toEqual({
      state: 'failed',
      error: { code: 'wordpress.cannot_publish', suggestion: 'pending', canPublishAsNew: false },
    });
    const deleted = new WordPressError('wordpress.post_deleted', 404, 'rest_post_invalid_id');
    expect(afterFailure(job(), deleted, context).change).toMatchObject({
      error: { canPublishAsNew: true },
    });
    const offline = new WordPressError('wordpress.timeout', 0, null);
    expect(
      afterFailure(job(), offline, { ...context, cancelRequested: true }).change,
    ).toMatchObject({ state: 'failed', error: { code: 'wordpress.timeout' } });
  });

  it('shows a bug as host.internal and says it is one (to be logged); a ServiceError is not', () => {
    expect(afterFailure(job(), new TypeError('x is undefined'), context)).toEqual({
      change: {
        state: 'failed',
        error: { code: 'host.internal', suggestion: null, canPublishAsNew: false },
      },
      unexpected: true,
    });
    expect(afterFailure(job(), new ServiceError('publish.media_missing'), context).unexpected).toBe(
      false,
    );
  });

  it("uses the options' fixed waits when given, the outbox's backoff otherwise", () => {
    expect(outboxBackoff({})).toBe(OUTBOX_BACKOFF);
    expect(outboxBackoff({ retryDelaysMs: [20, 50] })).toMatchObject({
      steps: [20, 50],
      jitter: 0,
    });
    const jittered = afterFailure(job(0), new WordPressError('wordpress.timeout', 0, null), {
      ...context,
      backoff: OUTBOX_BACKOFF,
      random: () => 1,
    });
    // 2 s less its 30 % jitter at most.
    expect(jittered.change.nextAttemptAt).toBe('2026-12-07T10:00:01.400Z');
  });
});
