import { describe, expect, it } from 'vitest';
import type { PublishJob } from '../../../../../electron/contract/index.ts';
import {
  jobButtons,
  jobView,
  safeLink,
  sidesOf,
  withJob,
} from '../../../../../renderer/features/publish/job-view.ts';

const HASH = 'a'.repeat(64);
function job(state: PublishJob['state'], action: PublishJob['action'] = 'publish'): PublishJob {
  return {
    id: 'job-12345678',
    draftId: 'draft-12345678',
    siteId: 'site-12345678',
    action,
    headline: 'عنوان',
    createdAt: '2030-01-01T00:00:00.000Z',
    updatedAt: '2030-01-01T00:00:00.000Z',
    state,
  };
}

describe('a publish job as the queue shows it', () => {
  it('shows per-file progress: waiting empty, uploading indeterminate, done or reused full', () => {
    const view = jobView(
      job({
        state: 'running',
        step: 'media',
        overall: 0.4,
        files: [
          { hash: HASH, fileName: 'أ.jpg', bytes: 10, state: 'pending' },
          { hash: HASH, fileName: 'ب.jpg', bytes: 10, state: 'uploading' },
          { hash: HASH, fileName: 'ج.jpg', bytes: 10, state: 'done' },
          { hash: HASH, fileName: 'د.jpg', bytes: 10, state: 'reused' },
        ],
      }),
    );
    expect(view.kind === 'running' && view.files.map((file) => file.progress)).toEqual([
      0,
      null,
      1,
      1,
    ]);
    expect(view.kind === 'running' && view.overall).toBe(0.4);
  });

  it('offers "send to desk instead" after the site refused a contributor\u2019s publish', () => {
    const view = jobView(
      job({
        state: 'failed',
        code: 'wordpress.cannot_publish',
        suggestion: 'pending',
        canPublishAsNew: false,
      }),
    );
    expect(view).toEqual({
      kind: 'failed',
      code: 'wordpress.cannot_publish',
      suggestion: 'pending',
      asNew: null,
    });
  });

  it('offers to publish as a new post when the post was deleted on the site', () => {
    const failed = {
      state: 'failed',
      code: 'wordpress.post_deleted',
      suggestion: null,
      canPublishAsNew: true,
    } as const;
    expect(jobView(job(failed, 'update'))).toMatchObject({ asNew: 'publish' });
    expect(jobView(job(failed, 'pending'))).toMatchObject({ asNew: 'pending' });
  });

  it('cancels what is still moving and retries what failed or was cancelled', () => {
    expect(jobButtons(job({ state: 'queued' }))).toEqual({ cancel: true, retry: false });
    expect(jobButtons(job({ state: 'cancelled' }))).toEqual({ cancel: false, retry: true });
    expect(
      jobButtons(job({ state: 'done', postId: 1, link: 'https://x.test/?p=1', status: 'publish' })),
    ).toEqual({ cancel: false, retry: false });
  });

  it('shows a job the host announced in its place, newest first, and never goes back to an older state', () => {
    const older = {
      ...job({ state: 'queued' }),
      id: 'job-older-1',
      createdAt: '2029-01-01T00:00:00.000Z',
    };
    const queued = job({ state: 'queued' });
    const done = {
      ...job({ state: 'done', postId: 1, link: 'https://x.test/?p=1', status: 'publish' }),
      updatedAt: '2030-01-01T00:00:05.000Z',
    };
    expect(withJob([older], queued).map((each) => each.id)).toEqual([queued.id, older.id]);
    expect(withJob([queued, older], done)).toEqual([done, older]);
    expect(withJob([done, older], queued)).toEqual([done, older]);
  });

  it('rebuilds both texts of a conflict from its word diff', () => {
    const pieces = [
      { type: 'equal', text: 'قال ' },
      { type: 'delete', text: 'الوزير' },
      { type: 'insert', text: 'الرئيس' },
      { type: 'equal', text: ' أمس' },
    ] as const;
    expect(sidesOf([...pieces])).toEqual({ ours: 'قال الوزير أمس', theirs: 'قال الرئيس أمس' });
  });

  it('links only to http(s) addresses', () => {
    expect(safeLink('https://news.example/?p=5')).toBe('https://news.example/?p=5');
    expect(safeLink('javascript:alert(1)')).toBeNull();
    expect(safeLink('not a url')).toBeNull();
  });
});
