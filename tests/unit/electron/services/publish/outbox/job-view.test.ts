// A job as the screens see it: its state from disk, and while it runs the step, the files
// uploading and done, and how far it is overall.
import { describe, expect, it } from 'vitest';
import type { JobFile } from '../../../../../../electron/services/publish/outbox/job-file.ts';
import {
  LiveProgress,
  overallShare,
} from '../../../../../../electron/services/publish/outbox/job-view.ts';
import type { FileSystem } from '../../../../../../electron/services/files/file-system.ts';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);
const image = (hash: string) => ({ type: 'image', src: `midad-media://${hash}`, altText: '' });

function job(change: Partial<JobFile> = {}): JobFile {
  return {
    id: 'job-00000001',
    draftId: 'd',
    siteId: 's',
    options: { action: 'publish' },
    createdAt: '2026-12-07T10:00:00.000Z',
    updatedAt: '2026-12-07T10:00:05.000Z',
    draft: {
      updatedAt: '2026-12-07T09:00:00.000Z',
      meta: { headline: 'عنوان' },
      body: { root: { type: 'root', children: [image(A), image(B), image(C)] } },
    },
    state: 'running',
    attempts: 0,
    nextAttemptAt: null,
    error: null,
    conflict: null,
    result: null,
    progress: {
      terms: null,
      media: { [A]: { mediaId: 1, url: 'https://news.example/a.png' } },
      createStarted: false,
      post: null,
      finalized: false,
    },
    ...change,
  } as unknown as JobFile;
}

const sizes = { stat: async (file: string) => ({ size: file.length }) } as unknown as FileSystem;

describe("a job's view", () => {
  it('shows a running job by step, with each picture uploading, done or pending, and not the ones staying here', async () => {
    const live = new LiveProgress();
    await live.measure(
      [
        { hash: A, fileName: 'أ.png', mimeType: 'image/png', path: '/x/a.png' },
        { hash: B, fileName: 'ب.png', mimeType: 'image/png', path: '/x/bb.png' },
      ],
      sizes,
    );
    live.enterStep('job-00000001', 'media');
    live.startUploads('job-00000001').add(B);
    live.setLeftHere('job-00000001', [C]);
    const view = live.view(job());
    expect(view.state).toEqual({
      state: 'running',
      step: 'media',
      files: [
        { hash: A, fileName: 'أ.png', bytes: 8, state: 'done' },
        { hash: B, fileName: 'ب.png', bytes: 9, state: 'uploading' },
      ],
      overall: 0.1 + 0.7 * 0.5,
    });
    live.forget('job-00000001');
    // Forgotten: no step (shown as the first), nothing uploading.
    expect(live.view(job()).state).toMatchObject({
      step: 'terms',
      files: [{ state: 'done' }, { state: 'pending' }],
    });
  });

  it('gives a file it has not measured a short name and no size', () => {
    const view = new LiveProgress().view(job({ progress: { ...job().progress, media: {} } }));
    if (view.state.state !== 'running') throw new Error('not running');
    expect(view.state.files[0]).toEqual({
      hash: A,
      fileName: A.slice(0, 12),
      bytes: 0,
      state: 'pending',
    });
  });

  it('counts the steps around the uploads', () => {
    expect(overallShare('terms', [])).toBe(0.05);
    expect(overallShare('media', [{ state: 'done' }, { state: 'pending' }])).toBeCloseTo(0.45);
    expect(overallShare('check', [])).toBeCloseTo(0.8);
    expect(overallShare('post', [])).toBeCloseTo(0.9);
    expect(overallShare('finalize', [])).toBe(1);
  });

  it('shows a waiting job with its attempts and the time of the next one, a failed one with its code', () => {
    const live = new LiveProgress();
    expect(live.view(job({ state: 'waiting_offline', attempts: 2 })).state).toEqual({
      state: 'waiting_offline',
      code: 'wordpress.unreachable',
      attempts: 2,
      nextAttemptAt: '2026-12-07T10:00:05.000Z',
    });
    expect(live.view(job({ state: 'failed' })).state).toEqual({
      state: 'failed',
      code: 'host.internal',
      suggestion: null,
      canPublishAsNew: false,
    });
    expect(live.view(job({ state: 'queued' }))).toMatchObject({
      id: 'job-00000001',
      action: 'publish',
      headline: 'عنوان',
      state: { state: 'queued' },
    });
  });
});
