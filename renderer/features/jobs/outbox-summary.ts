// The outbox in a few numbers for the header: what is still on its way, what ended badly
// and has not been looked at yet, which jobs just ended, and whether the sites answer.
// Pure, so the rules are unit tested.
import type { PublishJob } from '../../../electron/contract/index.ts';

type JobState = PublishJob['state']['state'];

const ON_ITS_WAY = new Set<JobState>(['queued', 'running', 'waiting_offline']);
const NEEDS_A_LOOK = new Set<JobState>(['failed', 'conflict']);
/** The ends worth telling someone who is not watching: cancelled is the user's own doing. */
const TOLD_ENDS = new Set<JobState>(['done', 'failed', 'conflict']);

export interface OutboxCounts {
  running: number;
  failed: number;
}

/** A failed job as the user saw it: the same failure seen again is not news. */
export function seenKey(job: PublishJob): string {
  return `${job.id}@${job.updatedAt}`;
}

export function outboxCounts(jobs: readonly PublishJob[], seen: ReadonlySet<string>): OutboxCounts {
  let running = 0;
  let failed = 0;
  for (const job of jobs) {
    if (ON_ITS_WAY.has(job.state.state)) running += 1;
    else if (NEEDS_A_LOOK.has(job.state.state) && !seen.has(seenKey(job))) failed += 1;
  }
  return { running, failed };
}

/** The failures on screen now, to be remembered as seen. */
export function failureKeys(jobs: readonly PublishJob[]): string[] {
  return jobs.filter((job) => NEEDS_A_LOOK.has(job.state.state)).map(seenKey);
}

/**
 * The jobs that were on their way in `before` and have ended in `after` (published,
 * failed, or stopped at a conflict). A job first seen already ended is not news: it ended
 * before this window was watching.
 */
export function jobsJustEnded(
  before: readonly PublishJob[],
  after: readonly PublishJob[],
): PublishJob[] {
  const wasOnItsWay = new Set(
    before.filter((job) => ON_ITS_WAY.has(job.state.state)).map((job) => job.id),
  );
  return after.filter((job) => wasOnItsWay.has(job.id) && TOLD_ENDS.has(job.state.state));
}

/** The waits that mean no answer at all; a site answering with a 5xx is up, if unwell. */
const NO_ANSWER = new Set<string>(['wordpress.unreachable', 'wordpress.timeout']);

/** A job is waiting because its site did not answer: the outbox's own word that sites are out of reach. */
export function sitesUnreachable(jobs: readonly PublishJob[]): boolean {
  return jobs.some((job) => job.state.state === 'waiting_offline' && NO_ANSWER.has(job.state.code));
}
