import { describe, expect, it } from 'vitest';
import type { PublishJob } from '../../../../../electron/contract/index.ts';
import { boardJobMessage, latestJobOf } from '../../../../../renderer/features/desk/board-jobs.ts';

function job(
  state: PublishJob['state'],
  createdAt = '2030-01-01T00:00:00.000Z',
  id = 'job-12345678',
): PublishJob {
  return {
    id,
    draftId: 'draft-12345678',
    siteId: 'site-12345678',
    action: 'draft',
    headline: 'عنوان',
    createdAt,
    updatedAt: createdAt,
    state,
  };
}

describe('what the desk chief’s board says about a job it started', () => {
  it('says a story was sent back only once its job is done, not while it is queued or running', () => {
    expect(boardJobMessage('send-back', job({ state: 'queued' }))).toEqual({ key: 'sendingBack' });
    expect(
      boardJobMessage(
        'send-back',
        job({ state: 'running', step: 'post', files: [], overall: 0.8 }),
      ),
    ).toEqual({ key: 'sendingBack' });
    expect(
      boardJobMessage(
        'send-back',
        job({ state: 'done', postId: 4, link: 'https://x.test/?p=4', status: 'draft' }),
      ),
    ).toEqual({ key: 'sentBack' });
  });

  it('says the job stopped in a conflict, or why it failed, instead of claiming success', () => {
    const diff = { pieces: [], wordsInserted: 0, wordsDeleted: 0 };
    expect(
      boardJobMessage(
        'send-back',
        job({ state: 'conflict', remoteModifiedGmt: '2030-01-01T00:00:00', diff }),
      ),
    ).toEqual({ key: 'conflict' });
    expect(
      boardJobMessage(
        'publish',
        job({
          state: 'failed',
          code: 'wordpress.forbidden',
          suggestion: null,
          canPublishAsNew: false,
        }),
      ),
    ).toEqual({
      key: 'failed',
      error: { code: 'wordpress.forbidden' },
    });
    expect(
      boardJobMessage(
        'publish',
        job({ state: 'done', postId: 4, link: 'https://x.test/?p=4', status: 'publish' }),
      ),
    ).toEqual({ key: 'published' });
  });

  it('tells a story’s card about the newest job of its draft on its site', () => {
    const older = job(
      { state: 'failed', code: 'wordpress.forbidden', suggestion: null, canPublishAsNew: false },
      '2030-01-01T00:00:00.000Z',
      'job-older-01',
    );
    const newer = job({ state: 'queued' }, '2030-01-01T00:01:00.000Z', 'job-newer-01');
    const elsewhere = {
      ...job({ state: 'queued' }, '2030-01-01T00:02:00.000Z', 'job-other-01'),
      siteId: 'site-other-01',
    };
    expect(latestJobOf([older, newer, elsewhere], 'draft-12345678', 'site-12345678')).toBe(newer);
    expect(latestJobOf([elsewhere], 'draft-12345678', 'site-12345678')).toBeUndefined();
  });
});
