// A draft's remote copies (the post it became on each site): recorded by the outbox,
// kept by every later save, dropped by a duplicate, never a change of the text.
import { describe, expect, it } from 'vitest';
import type { RemotePost } from '../../../../../electron/contract/index.ts';
import { content, freshDataDir, MINUTE, openLibrary, TestClock } from './library-fixture.ts';

const post = (siteId: string, postId: number): RemotePost => ({
  siteId,
  postId,
  status: 'draft',
  link: `http://127.0.0.1/?p=${postId}`,
  modifiedGmt: '2026-11-29T10:00:00',
  sentUpdatedAt: '2026-11-29T10:00:00.000Z',
  sentAt: '2026-11-29T10:00:01.000Z',
  media: { ['a'.repeat(64)]: { mediaId: 7, url: 'http://127.0.0.1/wp-content/uploads/x.png' } },
});

describe('a draft’s remote copies', () => {
  it('are recorded per site without touching the text or updatedAt, and survive saves and a reopen', async () => {
    const dataDir = await freshDataDir();
    const clock = new TestClock();
    const library = await openLibrary(dataDir, { now: clock.now });
    const draft = await library.create(content('نص الخبر'));
    clock.advance(MINUTE);
    const recorded = await library.setRemote(draft.id, 'site-one-1', post('site-one-1', 12));
    expect(recorded.updatedAt).toBe(draft.updatedAt);
    expect(recorded.body).toEqual(draft.body);
    await library.setRemote(draft.id, 'site-two-2', post('site-two-2', 40));
    clock.advance(MINUTE);
    await library.save(draft.id, content('نص الخبر بعد التعديل'));
    await library.setStatus(draft.id, 'approved');
    await library.close();

    const reopened = await openLibrary(dataDir, { now: clock.now });
    // A save in a new session (remote not yet read) keeps it too.
    await reopened.save(draft.id, content('نص ثالث'));
    const opened = await reopened.open(draft.id);
    expect(opened.remote).toEqual({
      'site-one-1': post('site-one-1', 12),
      'site-two-2': post('site-two-2', 40),
    });
    expect((await reopened.duplicate(draft.id)).remote).toBeNull();

    await reopened.setRemote(draft.id, 'site-one-1', null);
    await reopened.setRemote(draft.id, 'site-two-2', null);
    expect((await reopened.open(draft.id)).remote).toBeNull();
  });

  it('stay "sent as it is" through a change of stage, and "changed since sent" once the text changed', async () => {
    const clock = new TestClock();
    const library = await openLibrary(await freshDataDir(), { now: clock.now });
    const draft = await library.create(content('نص الخبر'));
    await library.setRemote(draft.id, 'site-one-1', {
      ...post('site-one-1', 12),
      sentUpdatedAt: draft.updatedAt,
    });
    clock.advance(MINUTE);
    await library.setStatus(draft.id, 'approved');
    const staged = await library.open(draft.id);
    expect(staged.updatedAt).not.toBe(draft.updatedAt);
    expect(staged.remote?.['site-one-1']?.sentUpdatedAt).toBe(staged.updatedAt);

    clock.advance(MINUTE);
    await library.save(draft.id, content('نص معدّل'));
    await library.setStatus(draft.id, 'published');
    const edited = await library.open(draft.id);
    expect(edited.remote?.['site-one-1']?.sentUpdatedAt).toBe(staged.updatedAt);
    expect(edited.remote?.['site-one-1']?.sentUpdatedAt).not.toBe(edited.updatedAt);
    await library.close();
  });

  it('show in the library list as on the site, then published, through a restart, and each is announced', async () => {
    const dataDir = await freshDataDir();
    const changes: string[] = [];
    const library = await openLibrary(dataDir, {
      onDraftChanged: (draftId, change) => changes.push(change),
    });
    const draft = await library.create(content('نص الخبر'));
    expect(library.list()[0]?.sync).toBe('local');
    await library.setRemote(draft.id, 'site-one-1', post('site-one-1', 12));
    expect(library.list()[0]?.sync).toBe('on_site');
    await library.setRemote(draft.id, 'site-one-1', {
      ...post('site-one-1', 12),
      status: 'publish',
    });
    expect(library.list()[0]?.sync).toBe('published');
    expect(changes).toEqual(['created', 'remote', 'remote']);
    await library.close();

    const reopened = await openLibrary(dataDir);
    expect(reopened.list()[0]?.sync).toBe('published');
    await reopened.close();
  });
});
