// What an error thrown by a job's steps makes of the job: back in the queue (the host is
// shutting down), cancelled (the user asked), waiting for its site (no answer, a timeout,
// a 5xx, a 429: with a growing wait, or the one the site asked for), or failed for good.
import type { ErrorCode } from '../../../contract/index.ts';
import { fixedStepsOr, retryWaitMs, type BackoffPolicy } from '../../../../common/retry/backoff.ts';
import { ServiceError } from '../../service-error.ts';
import { WordPressError } from '../wordpress/wordpress-error.ts';
import type { JobFile } from './job-file.ts';
import type { OutboxOptions } from './outbox-options.ts';
import { Cancelled, Stopped } from './steps/job-run.ts';

/** While a site cannot be reached: 2 s, 5 s, 12.5 s… up to 5 minutes, each up to a third shorter. */
export const OUTBOX_BACKOFF: BackoffPolicy = {
  firstMs: 2_000,
  factor: 2.5,
  maxMs: 300_000,
  jitter: 0.3,
};

/** No answer, a cut connection, a timeout, a 5xx or a 429: the job waits and tries again. */
const OFFLINE_CODES = new Set<ErrorCode>([
  'wordpress.unreachable',
  'wordpress.timeout',
  'wordpress.server_error',
]);

/** The backoff the options ask for: their fixed waits (tests), or OUTBOX_BACKOFF. */
export function outboxBackoff(options: Pick<OutboxOptions, 'retryDelaysMs'>): BackoffPolicy {
  return fixedStepsOr(OUTBOX_BACKOFF, options.retryDelaysMs);
}

export interface FailureContext {
  backoff: BackoffPolicy;
  now: Date;
  /** The user asked to cancel the job while it ran: it is not retried. */
  cancelRequested: boolean;
  random?: () => number;
}

export interface AfterFailure {
  change: Partial<JobFile>;
  /** The error is not a ServiceError: a bug to log, shown as host.internal. */
  unexpected: boolean;
}

export function afterFailure(job: JobFile, error: unknown, context: FailureContext): AfterFailure {
  if (error instanceof Stopped) return { change: { state: 'queued' }, unexpected: false };
  if (error instanceof Cancelled) return { change: { state: 'cancelled' }, unexpected: false };
  const unexpected = !(error instanceof ServiceError);
  const code: ErrorCode = error instanceof ServiceError ? error.code : 'host.internal';
  if (OFFLINE_CODES.has(code) && !context.cancelRequested) {
    const delay = retryWaitMs(context.backoff, job.attempts, {
      random: context.random,
      retryAfterMs: error instanceof WordPressError ? error.retryAfterMs : null,
    });
    return {
      change: {
        state: 'waiting_offline',
        attempts: job.attempts + 1,
        nextAttemptAt: new Date(context.now.getTime() + delay).toISOString(),
        error: { code, suggestion: null, canPublishAsNew: false },
      },
      unexpected,
    };
  }
  return {
    change: {
      state: 'failed',
      error: {
        code,
        suggestion: code === 'wordpress.cannot_publish' ? 'pending' : null,
        canPublishAsNew: code === 'wordpress.post_deleted',
      },
    },
    unexpected,
  };
}
