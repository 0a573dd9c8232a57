// The library a writer sees: drafts created, saved, listed, copied, trashed and restored.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { content, freshDataDir, meta, MINUTE, openLibrary, TestClock } from './library-fixture.ts';

describe('the draft library', () => {
  it('creates an empty right-to-left Arabic draft with a random URL-safe id', async () => {
    const library = await openLibrary(await freshDataDir());
    const draft = await library.create();
    expect(draft.id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(draft.meta).toMatchObject({ language: 'ar', direction: 'rtl', headline: '' });
    expect(draft.workflow.status).toBe('draft');
    expect(draft.remote).toBeNull();
    expect(await library.open(draft.id)).toEqual(draft);
    expect((await library.create()).id).not.toBe(draft.id);
  });

  it('gives back exactly what was saved, in one folder per draft with a versioned file', async () => {
    const dataDir = await freshDataDir();
    const clock = new TestClock();
    const library = await openLibrary(dataDir, { now: clock.now });
    const { id } = await library.create();
    clock.advance(MINUTE);
    const saved = await library.save(id, content('السطر الأول من الخبر', 'والفقرة الثانية'));
    expect(saved).toMatchObject({ id, updatedAt: '2026-11-29T10:01:00.000Z', words: 6 });
    const draft = await library.open(id);
    expect(draft.meta).toEqual(meta);
    expect(draft.body).toEqual(content('السطر الأول من الخبر', 'والفقرة الثانية').body);
    const file = JSON.parse(await readFile(path.join(dataDir, 'drafts', id, 'draft.json'), 'utf8'));
    expect(file).toMatchObject({
      format: 'midad.draft',
      schemaVersion: 1,
      id,
      workflow: { status: 'draft' },
    });
    expect(await readdir(path.join(dataDir, 'drafts', id))).toEqual(['draft.json', 'revisions']);
  });

  it('lists drafts newest first with headline, section, words, status and sync state', async () => {
    const clock = new TestClock();
    const library = await openLibrary(await freshDataDir(), { now: clock.now });
    const older = await library.create();
    clock.advance(MINUTE);
    const newer = await library.create();
    clock.advance(MINUTE);
    await library.save(older.id, content('عاد الخبر إلى الأعلى'));
    const list = library.list();
    expect(list.map((summary) => summary.id)).toEqual([older.id, newer.id]);
    expect(list[0]).toEqual({
      id: older.id,
      title: meta.headline,
      titleIsHeadline: true,
      section: 'محليات',
      words: 4,
      status: 'draft',
      sync: 'local',
      createdAt: '2026-11-29T10:00:00.000Z',
      updatedAt: '2026-11-29T10:02:00.000Z',
    });
  });

  it('titles a draft without a headline by the first words of its body', async () => {
    const library = await openLibrary(await freshDataDir());
    const { id } = await library.create();
    const words = Array.from({ length: 20 }, (_, index) => `كلمة${index + 1}`).join(' ');
    await library.save(id, { meta: { ...meta, headline: '  ' }, body: content(words).body });
    const [summary] = library.list();
    expect(summary.titleIsHeadline).toBe(false);
    expect(summary.title).toBe(`${words.split(' ').slice(0, 12).join(' ')}…`);
  });

  it('keeps the list across restarts, from its cache and without it', async () => {
    const dataDir = await freshDataDir();
    const library = await openLibrary(dataDir);
    const { id } = await library.create();
    await library.save(id, content('نص محفوظ'));
    await library.close();
    expect((await openLibrary(dataDir)).list().map((summary) => summary.words)).toEqual([2]);
    const { rm } = await import('node:fs/promises');
    await rm(path.join(dataDir, 'library-cache'), { recursive: true });
    expect((await openLibrary(dataDir)).list().map((summary) => summary.words)).toEqual([2]);
  });

  it('re-reads a draft saved after the list cache was written, even if the app died before updating it', async () => {
    const dataDir = await freshDataDir();
    const first = await openLibrary(dataDir);
    const { id } = await first.create();
    await first.flush();
    await first.save(id, content('كلمة واحدة أخرى هنا'));
    // No close(): the cache still says 0 words, but the draft's marker says to look again.
    const second = await openLibrary(dataDir);
    expect(second.list()[0].words).toBe(4);
    expect(await readdir(path.join(dataDir, 'library-cache', 'touched'))).toEqual([]);
  });

  it('writes saves of one draft one at a time, the last one queued winning', async () => {
    const library = await openLibrary(await freshDataDir());
    const { id } = await library.create();
    const saves = Array.from({ length: 20 }, (_, index) =>
      library.save(id, content(`نسخة ${index}`)),
    );
    await Promise.all(saves);
    expect((await library.open(id)).body).toEqual(content('نسخة 19').body);
  });

  it('duplicates a draft as a new draft at the start of the workflow', async () => {
    const library = await openLibrary(await freshDataDir());
    const { id } = await library.create();
    await library.save(id, content('النص الأصلي'));
    await library.setStatus(id, 'approved');
    const copy = await library.duplicate(id);
    expect(copy.id).not.toBe(id);
    expect(copy.body).toEqual(content('النص الأصلي').body);
    expect(copy.workflow.status).toBe('draft');
    expect(library.list()).toHaveLength(2);
  });

  it('answers drafts.not_found for a draft that is not there', async () => {
    const library = await openLibrary(await freshDataDir());
    await expect(library.open('AAAAAAAAAAAAAAAA')).rejects.toMatchObject({
      code: 'drafts.not_found',
    });
    await expect(library.save('AAAAAAAAAAAAAAAA', content('x'))).rejects.toMatchObject({
      code: 'drafts.not_found',
    });
  });
});

describe('the trash', () => {
  it('takes a draft out of the list and gives it back unchanged', async () => {
    const dataDir = await freshDataDir();
    const clock = new TestClock();
    const library = await openLibrary(dataDir, { now: clock.now });
    const { id } = await library.create();
    await library.save(id, content('خبر للحذف'));
    clock.advance(MINUTE);
    await library.trash(id);
    expect(library.list()).toEqual([]);
    expect(await readdir(path.join(dataDir, 'drafts'))).toEqual([]);
    const [trashed] = await library.listTrash();
    expect(trashed).toMatchObject({ id, words: 2, trashedAt: '2026-11-29T10:01:00.000Z' });
    await expect(library.open(id)).rejects.toMatchObject({ code: 'drafts.not_found' });

    const restored = await library.restore(id);
    expect(restored.id).toBe(id);
    expect((await library.open(id)).body).toEqual(content('خبر للحذف').body);
    expect(await library.listTrash()).toEqual([]);
    expect(await readdir(path.join(dataDir, 'drafts', id))).toEqual(['draft.json', 'revisions']);
  });

  it('keeps the trash across restarts', async () => {
    const dataDir = await freshDataDir();
    const library = await openLibrary(dataDir);
    const { id } = await library.create();
    await library.trash(id);
    await library.close();
    const reopened = await openLibrary(dataDir);
    expect(reopened.list()).toEqual([]);
    expect((await reopened.listTrash()).map((draft) => draft.id)).toEqual([id]);
  });

  it('deletes one draft for good, or all of them', async () => {
    const library = await openLibrary(await freshDataDir());
    const ids = [];
    for (let index = 0; index < 3; index += 1) ids.push((await library.create()).id);
    for (const id of ids) await library.trash(id);
    await library.deleteFromTrash(ids[0]);
    expect((await library.listTrash()).map((draft) => draft.id).sort()).toEqual(
      ids.slice(1).sort(),
    );
    await expect(library.deleteFromTrash(ids[0])).rejects.toMatchObject({
      code: 'drafts.not_found',
    });
    expect(await library.emptyTrash()).toEqual({ deleted: 2 });
    expect(await library.listTrash()).toEqual([]);
    await expect(library.restore(ids[1])).rejects.toMatchObject({ code: 'drafts.not_found' });
  });
});
