// How long to wait before trying again, for whatever retries on its own: the publish
// outbox (a site that cannot be reached) and the editor's autosave (a save that failed).
// Each wait is `factor` times the one before, up to a cap, with a random share taken off
// so that many copies of Midad failing at once do not all come back at the same moment.
// A server that says when to come back (`Retry-After` on a 429 or a 503) is believed, up
// to the same cap.

export interface BackoffPolicy {
  /** The wait before the first retry. */
  firstMs: number;
  /** Each wait is this many times the one before. */
  factor: number;
  /** The longest wait, for a server's Retry-After too. */
  maxMs: number;
  /**
   * The share of each wait drawn at random, 0 to 1: the wait is between
   * `(1 - jitter) × step` and `step`. 0 waits exactly the step.
   */
  jitter: number;
  /** Waits given outright instead of the exponential ones (the last repeats); still jittered and capped. */
  steps?: readonly number[];
}

export interface RetryWaitOptions {
  /** 0 to 1, like Math.random (the default); tests give their own. */
  random?: () => number;
  /** What the server asked for (see retryAfterMs); it replaces the computed wait, jitter and all. */
  retryAfterMs?: number | null;
}

/** The wait before retry number `attempt + 1` (attempt 0 is the first retry). */
export function retryWaitMs(
  policy: BackoffPolicy,
  attempt: number,
  options: RetryWaitOptions = {},
): number {
  const cap = Math.max(0, policy.maxMs);
  if (options.retryAfterMs !== undefined && options.retryAfterMs !== null)
    return Math.min(cap, Math.max(0, options.retryAfterMs));
  const tries = Math.max(0, Math.floor(attempt));
  const step = Math.min(cap, stepMs(policy, tries));
  const jitter = Math.min(1, Math.max(0, policy.jitter));
  if (jitter === 0) return step;
  const random = Math.min(1, Math.max(0, (options.random ?? Math.random)()));
  return Math.round(step * (1 - jitter * random));
}

function stepMs(policy: BackoffPolicy, attempt: number): number {
  if (policy.steps && policy.steps.length > 0)
    return policy.steps[Math.min(attempt, policy.steps.length - 1)]!;
  // Past about 60 doublings the number is Infinity, which the cap takes care of.
  return policy.firstMs * Math.pow(policy.factor, attempt);
}

/** Whether an HTTP status means "busy, come back later", the two that may say when. */
export function isRetryLaterStatus(status: number): boolean {
  return status === 429 || status === 503;
}

/**
 * The wait a `Retry-After` header asks for, in ms from `nowMs`: a number of seconds or an
 * HTTP date (RFC 9110, 10.2.3). A date in the past is 0; anything else unreadable is null.
 */
export function retryAfterMs(header: string | null | undefined, nowMs: number): number | null {
  const value = header?.trim() ?? '';
  if (value === '') return null;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP date names its weekday and zone in letters; a bare number with a sign or a point is not one.
  if (!/[a-z]/i.test(value)) return null;
  const at = Date.parse(value);
  if (!Number.isFinite(at)) return null;
  return Math.max(0, at - nowMs);
}

/** `policy`, or when `steps` are given, exactly those waits (the last repeats, no jitter): tests know the time. */
export function fixedStepsOr(policy: BackoffPolicy, steps?: readonly number[]): BackoffPolicy {
  if (!steps || steps.length === 0) return policy;
  return { firstMs: steps[0]!, factor: 1, maxMs: Math.max(...steps), jitter: 0, steps };
}
