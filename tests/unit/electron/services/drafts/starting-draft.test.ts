// The draft the app opens on.
import { describe, expect, it } from 'vitest';
import { openStartingDraft } from '../../../../../electron/services/drafts/starting-draft.ts';
import { content, freshDataDir, MINUTE, openLibrary, TestClock } from './library-fixture.ts';

async function libraryWithTwoDrafts() {
  const clock = new TestClock();
  const library = await openLibrary(await freshDataDir(), { now: clock.now });
  const older = await library.create(content('الخبر الأقدم'));
  clock.advance(MINUTE);
  const newer = await library.create(content('الخبر الأحدث'));
  return { library, older, newer };
}

describe('the starting draft', () => {
  it('is the most recently changed draft', async () => {
    const { library, newer } = await libraryWithTwoDrafts();
    expect(await openStartingDraft(library)).toEqual(newer);
  });

  it('is the next one when the newest cannot be read, or is the one being left', async () => {
    const { library, older, newer } = await libraryWithTwoDrafts();
    const newestUnreadable = {
      list: () => library.list(),
      create: () => library.create(),
      open: (id: string) =>
        id === newer.id ? Promise.reject(new Error('unreadable')) : library.open(id),
    };
    expect(await openStartingDraft(newestUnreadable)).toEqual(older);
    expect(await openStartingDraft(library, newer.id)).toEqual(older);
  });

  it('is the draft asked for (a file the app was given), unless it is gone', async () => {
    const { library, older, newer } = await libraryWithTwoDrafts();
    expect(await openStartingDraft(library, undefined, older.id)).toEqual(older);
    expect(await openStartingDraft(library, undefined, 'd_gone')).toEqual(newer);
  });

  it('is a new empty draft in an empty library', async () => {
    const library = await openLibrary(await freshDataDir());
    const draft = await openStartingDraft(library);
    expect(draft.meta.headline).toBe('');
    expect((await library.list()).map((summary) => summary.id)).toEqual([draft.id]);
  });
});
