// The queue's states and its one timer, on a clock the test turns: a busy site's Retry-After
// is the wait, the shared backoff is the wait otherwise, a waiting job is woken by the timer
// when due and not before, and a stopped outbox wakes nothing (the next start resumes).
import { describe, expect, it } from 'vitest';
import type { PublishOptions } from '../../../../../../electron/contract/index.ts';
import type { WordPressClient } from '../../../../../../electron/services/publish/wordpress/wordpress-client.ts';
import { WordPressError } from '../../../../../../electron/services/publish/wordpress/wordpress-error.ts';
import { ManualClock } from '../../../../../support/publish/manual-clock.ts';
import { settle, stagedOutbox } from '../../../../../support/publish/outbox-harness.ts';
import { siteRecord } from '../../../../../support/publish/site-record.ts';
import { wordpressPost } from '../../../../../support/publish/wordpress-post.ts';
import { content, freshDataDir, openLibrary } from '../../drafts/library-fixture.ts';

const site = siteRecord();

/** A site whose creates fail with `failures` (in order) before one goes through. */
function busySite(failures: WordPressError[]) {
  const calls: string[] = [];
  const client = {
    findPostsByMarker: async () => (calls.push('findPostsByMarker'), []),
    createPost: async () => {
      calls.push('createPost');
      const failure = failures.shift();
      if (failure) throw failure;
      return wordpressPost();
    },
    updatePost: async () => (calls.push('updatePost'), wordpressPost()),
  } as unknown as WordPressClient;
  return { client, calls };
}

async function setup(failures: WordPressError[]) {
  const dataDir = await freshDataDir();
  const library = await openLibrary(dataDir);
  const draft = await library.create(content('نص الخبر'));
  const clock = new ManualClock('2026-12-07T10:00:00Z');
  const wordpress = busySite(failures);
  const make = () =>
    stagedOutbox(
      { dataDir, clock, library, site, client: () => wordpress.client },
      // The whole step of the shared backoff, no jitter taken off: the times are exact.
      { random: () => 0 },
    );
  return { clock, make, draftId: draft.id, calls: wordpress.calls };
}

const publishNow: PublishOptions = { action: 'draft', categoryIds: [], tags: [] };

describe("the outbox's queue", () => {
  it("waits what a busy site's Retry-After asked for, and is woken by its timer then, not before", async () => {
    const busy = new WordPressError('wordpress.server_error', 503, null, null, 30_000);
    const { clock, make, draftId, calls } = await setup([busy]);
    const outbox = make();
    await outbox.enqueue(draftId, site.id, publishNow);
    await settle(outbox);
    expect((await outbox.jobs())[0]!.state).toEqual({
      state: 'waiting_offline',
      code: 'wordpress.server_error',
      attempts: 1,
      nextAttemptAt: '2026-12-07T10:00:30.000Z',
    });
    expect(clock.pending).toBe(1);
    clock.advance(29_000);
    await settle(outbox);
    expect((await outbox.jobs())[0]!.state.state).toBe('waiting_offline');
    clock.advance(1_000);
    await settle(outbox);
    expect((await outbox.jobs())[0]!.state).toMatchObject({ state: 'done', postId: 100 });
    // The create went out before: the retry looked for it by its marker first.
    expect(calls).toEqual(['createPost', 'findPostsByMarker', 'createPost', 'updatePost']);
    expect(clock.pending).toBe(0);
  });

  it('waits longer after each failure by the shared backoff when the site says nothing', async () => {
    const offline = () => new WordPressError('wordpress.unreachable', 0, 'ECONNRESET');
    const { clock, make, draftId } = await setup([offline(), offline()]);
    const outbox = make();
    await outbox.enqueue(draftId, site.id, publishNow);
    await settle(outbox);
    expect((await outbox.jobs())[0]!.state).toMatchObject({
      attempts: 1,
      nextAttemptAt: '2026-12-07T10:00:02.000Z',
    });
    clock.advance(2_000);
    await settle(outbox);
    expect((await outbox.jobs())[0]!.state).toMatchObject({
      attempts: 2,
      nextAttemptAt: '2026-12-07T10:00:07.000Z',
    });
    clock.advance(5_000);
    await settle(outbox);
    expect((await outbox.jobs())[0]!.state.state).toBe('done');
  });

  it('wakes nothing once stopped: the waiting job stays on disk and the next start resumes it', async () => {
    const { clock, make, draftId } = await setup([
      new WordPressError('wordpress.timeout', 0, null),
    ]);
    const first = make();
    const job = await first.enqueue(draftId, site.id, publishNow);
    await settle(first);
    await first.stop();
    expect(clock.pending).toBe(0);
    await expect(first.enqueue(draftId, site.id, publishNow)).rejects.toMatchObject({
      code: 'publish.shutting_down',
    });
    clock.advance(60_000);
    const next = make();
    await next.start();
    await settle(next);
    expect((await next.jobs()).map((each) => [each.id, each.state.state])).toEqual([
      [job.id, 'done'],
    ]);
  });

  it('retries a waiting job at once when asked, and cancels one that waits', async () => {
    const offline = () => new WordPressError('wordpress.unreachable', 0, null);
    const { make, draftId } = await setup([offline(), offline()]);
    const outbox = make();
    const job = await outbox.enqueue(draftId, site.id, publishNow);
    await settle(outbox);
    // Queued, and taken up at once: the view may already say it runs.
    expect(['queued', 'running']).toContain((await outbox.retry(job.id)).state.state);
    await settle(outbox);
    expect((await outbox.jobs())[0]!.state).toMatchObject({
      state: 'waiting_offline',
      attempts: 2,
    });
    expect((await outbox.cancel(job.id)).state.state).toBe('cancelled');
    await expect(outbox.cancel(job.id)).rejects.toMatchObject({ code: 'publish.not_cancellable' });
  });
});
