import { describe, expect, it } from 'vitest';
import type { PublishJob } from '../../../../../electron/contract/index.ts';
import {
  failureKeys,
  jobsJustEnded,
  outboxCounts,
  seenKey,
  sitesUnreachable,
} from '../../../../../renderer/features/jobs/outbox-summary.ts';

const DIFF = { pieces: [], wordsInserted: 0, wordsDeleted: 0 };
const STATES = {
  queued: { state: 'queued' },
  running: { state: 'running', step: 'post', files: [], overall: 0.5 },
  offline: {
    state: 'waiting_offline',
    code: 'wordpress.unreachable',
    attempts: 1,
    nextAttemptAt: '2030-01-01T00:01:00.000Z',
  },
  serverDown: {
    state: 'waiting_offline',
    code: 'wordpress.server_error',
    attempts: 1,
    nextAttemptAt: '2030-01-01T00:01:00.000Z',
  },
  done: { state: 'done', postId: 7, link: 'https://example.com/?p=7', status: 'publish' },
  failed: {
    state: 'failed',
    code: 'wordpress.forbidden',
    suggestion: null,
    canPublishAsNew: false,
  },
  conflict: { state: 'conflict', remoteModifiedGmt: '2030-01-01T00:00:00', diff: DIFF },
  cancelled: { state: 'cancelled' },
} satisfies Record<string, PublishJob['state']>;

function job(id: string, state: PublishJob['state'], updatedAt = '2030-01-01T00:00:00.000Z') {
  return {
    id: `job-${id}-12345678`,
    draftId: 'draft-12345678',
    siteId: 'site-12345678',
    action: 'publish',
    headline: 'عنوان',
    createdAt: '2030-01-01T00:00:00.000Z',
    updatedAt,
    state,
  } satisfies PublishJob;
}

describe('the outbox in the header', () => {
  it('counts queued, running and waiting jobs as on their way, failures and conflicts as failed', () => {
    const jobs = [
      job('a', STATES.queued),
      job('b', STATES.running),
      job('c', STATES.offline),
      job('d', STATES.failed),
      job('e', STATES.conflict),
      job('f', STATES.done),
      job('g', STATES.cancelled),
    ];
    expect(outboxCounts(jobs, new Set())).toEqual({ running: 3, failed: 2 });
  });

  it('stops counting a failure once the panel has shown it, until it fails again', () => {
    const failed = job('d', STATES.failed);
    const seen = new Set(failureKeys([failed, job('b', STATES.running)]));
    expect(seen).toEqual(new Set([seenKey(failed)]));
    expect(outboxCounts([failed], seen)).toEqual({ running: 0, failed: 0 });
    const failedAgain = job('d', STATES.failed, '2030-01-01T00:05:00.000Z');
    expect(outboxCounts([failedAgain], seen)).toEqual({ running: 0, failed: 1 });
  });

  it('tells of the jobs that were on their way and have ended, never of one already ended', () => {
    const before = [
      job('a', STATES.running),
      job('b', STATES.offline),
      job('c', STATES.queued),
      job('d', STATES.running),
      job('old', STATES.failed),
    ];
    const after = [
      job('a', STATES.done),
      job('b', STATES.failed),
      job('c', STATES.conflict),
      job('d', STATES.cancelled),
      job('old', STATES.failed, '2030-01-01T00:09:00.000Z'),
      job('new', STATES.done),
    ];
    expect(jobsJustEnded(before, after).map((each) => each.id)).toEqual([
      'job-a-12345678',
      'job-b-12345678',
      'job-c-12345678',
    ]);
    expect(jobsJustEnded(after, after)).toEqual([]);
  });

  it('knows the sites are out of reach only when a job waits for a site that did not answer', () => {
    expect(sitesUnreachable([job('a', STATES.offline)])).toBe(true);
    expect(sitesUnreachable([job('a', { ...STATES.offline, code: 'wordpress.timeout' })])).toBe(
      true,
    );
    // A site answering with a 5xx is reachable, if unwell.
    expect(sitesUnreachable([job('a', STATES.serverDown)])).toBe(false);
    expect(sitesUnreachable([job('a', STATES.failed), job('b', STATES.running)])).toBe(false);
  });
});
