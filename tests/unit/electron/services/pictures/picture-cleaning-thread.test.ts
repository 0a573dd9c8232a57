// Pictures are cleaned on a worker thread, so the host's own thread keeps answering; a
// worker that cannot start never lets a picture out uncleaned.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { workerCleaner } from '../../../../../electron/services/pictures/picture-cleaning-thread.ts';
import { CAMERA_PHOTO, metadataTraces } from '../../../../support/pictures/metadata-traces.ts';

const WORKER = path.resolve(
  import.meta.dirname,
  '../../../../../electron/services/pictures/picture-worker.ts',
);
const rules = { maxLongSide: 2560, keepCredit: false };

describe('cleaning pictures off the host’s thread', () => {
  it('cleans on the worker, several pictures at once, without falling back to the host’s thread', async () => {
    const failures: unknown[] = [];
    const cleaner = workerCleaner(WORKER, (error) => failures.push(error));
    try {
      const results = await Promise.all(
        [1, 2, 3].map(() => cleaner.clean({ bytes: CAMERA_PHOTO, mimeType: 'image/jpeg' }, rules)),
      );
      for (const clean of results) {
        expect([clean.width, clean.height]).toEqual([240, 320]);
        expect(metadataTraces(clean.bytes)).toEqual([]);
      }
      expect(failures).toEqual([]);
      // The caller's bytes are its own still: the worker was handed a copy.
      expect(CAMERA_PHOTO.length).toBeGreaterThan(1000);
    } finally {
      await cleaner.close();
    }
  });

  it('goes on cleaning, without a failure, after its idle worker was let go', async () => {
    const failures: unknown[] = [];
    const cleaner = workerCleaner(WORKER, (error) => failures.push(error), 1);
    try {
      await cleaner.clean({ bytes: CAMERA_PHOTO, mimeType: 'image/jpeg' }, rules);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const again = await cleaner.clean({ bytes: CAMERA_PHOTO, mimeType: 'image/jpeg' }, rules);
      expect(metadataTraces(again.bytes)).toEqual([]);
      expect(failures).toEqual([]);
    } finally {
      await cleaner.close();
    }
  });

  it('answers a picture that does not decode with media.picture_unreadable', async () => {
    const cleaner = workerCleaner(WORKER);
    try {
      await expect(
        cleaner.clean({ bytes: CAMERA_PHOTO.slice(0, 400), mimeType: 'image/jpeg' }, rules),
      ).rejects.toMatchObject({ code: 'media.picture_unreadable' });
    } finally {
      await cleaner.close();
    }
  });

  it('cleans here, and says so, when the worker cannot start', async () => {
    const failures: unknown[] = [];
    const cleaner = workerCleaner(path.join(import.meta.dirname, 'no-such-worker.mjs'), (error) =>
      failures.push(error),
    );
    const clean = await cleaner.clean({ bytes: CAMERA_PHOTO, mimeType: 'image/jpeg' }, rules);
    expect(metadataTraces(clean.bytes)).toEqual([]);
    expect([clean.width, clean.height]).toEqual([240, 320]);
    expect(failures).toHaveLength(1);
    await cleaner.close();
  });
});
