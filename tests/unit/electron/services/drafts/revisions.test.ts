// A draft's history: autosaves coalesced, a revision every five minutes of editing, at each
// workflow change and before each restore; restoring can itself be undone.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { content, freshDataDir, MINUTE, openLibrary, TestClock } from './library-fixture.ts';

async function editingSession() {
  const dataDir = await freshDataDir();
  const clock = new TestClock();
  const library = await openLibrary(dataDir, { now: clock.now });
  const { id } = await library.create();
  return { dataDir, clock, library, id };
}

describe('revisions', () => {
  it('coalesces autosaves and keeps one at least every five minutes of editing', async () => {
    const { clock, library, id, dataDir } = await editingSession();
    const kept: (string | null)[] = [];
    for (let second = 0; second <= 11 * 60; second += 30) {
      const result = await library.save(id, content(`نص بعد ${second} ثانية`));
      kept.push(result.revision?.createdAt ?? null);
      clock.advance(30_000);
    }
    expect(kept.filter(Boolean)).toEqual([
      '2026-11-29T10:00:00.000Z',
      '2026-11-29T10:05:00.000Z',
      '2026-11-29T10:10:00.000Z',
    ]);
    expect(await readdir(path.join(dataDir, 'drafts', id, 'revisions'))).toHaveLength(3);
  });

  it('lists the history newest first with time, words, change in size and reason', async () => {
    const { clock, library, id } = await editingSession();
    await library.save(id, content('كلمة'));
    clock.advance(6 * MINUTE);
    await library.save(id, content('ثلاث كلمات هنا'));
    clock.advance(MINUTE);
    await library.setStatus(id, 'sent_to_desk');
    const history = await library.listRevisions(id);
    expect(
      history.map(({ reason, status, words, wordsDelta }) => ({
        reason,
        status,
        words,
        wordsDelta,
      })),
    ).toEqual([
      { reason: 'status_change', status: 'sent_to_desk', words: 3, wordsDelta: 0 },
      { reason: 'interval', status: 'draft', words: 3, wordsDelta: 2 },
      { reason: 'interval', status: 'draft', words: 1, wordsDelta: 1 },
    ]);
    expect(history[1].charactersDelta).toBe('ثلاث كلمات هنا'.length - 'كلمة'.length);
    expect(history[0].createdAt).toBe('2026-11-29T10:07:00.000Z');
  });

  it('keeps a revision at every workflow change, and none when the status stays', async () => {
    const { library, id } = await editingSession();
    await library.save(id, content('نص'));
    for (const status of [
      'sent_to_desk',
      'copy_edited',
      'approved',
      'scheduled',
      'published',
    ] as const) {
      const result = await library.setStatus(id, status);
      expect(result.revision).toMatchObject({ reason: 'status_change', status });
    }
    expect((await library.setStatus(id, 'published')).revision).toBeNull();
    expect(library.list()[0].status).toBe('published');
    expect((await library.open(id)).workflow.status).toBe('published');
  });

  it('shows one revision in full', async () => {
    const { library, id } = await editingSession();
    const { revision } = await library.save(id, content('النص الأول'));
    const full = await library.getRevision(id, revision!.id);
    expect(full.body).toEqual(content('النص الأول').body);
    await expect(library.getRevision(id, '1764410400000-nothere')).rejects.toMatchObject({
      code: 'drafts.revision_not_found',
    });
  });

  it("takes in the site's version and keeps the text it replaced, even a minute after the last revision", async () => {
    const { clock, library, id } = await editingSession();
    await library.save(id, content('نسختي'));
    clock.advance(MINUTE);
    await library.save(id, content('نسختي وتعديل لم يُرسل'));
    clock.advance(MINUTE);
    const replaced = await library.replaceContent(id, content('نسخة الموقع'));
    expect(replaced.revision?.reason).toBe('before_site_version');
    expect((await library.open(id)).body).toEqual(content('نسخة الموقع').body);
    expect((await library.getRevision(id, replaced.revision!.id)).body).toEqual(
      content('نسختي وتعديل لم يُرسل').body,
    );
  });

  it('restores an old revision and keeps the text it replaced, so the restore can be undone', async () => {
    const { clock, library, id } = await editingSession();
    const first = await library.save(id, content('النسخة الأولى'));
    clock.advance(10 * MINUTE);
    await library.save(id, content('النسخة الثانية'));
    clock.advance(MINUTE);
    await library.save(id, content('النسخة الثالثة غير المحفوظة في سجل'));
    clock.advance(MINUTE);

    const restored = await library.restoreRevision(id, first.revision!.id);
    expect(restored.revision?.reason).toBe('before_restore');
    expect((await library.open(id)).body).toEqual(content('النسخة الأولى').body);

    const undo = await library.getRevision(id, restored.revision!.id);
    expect(undo.body).toEqual(content('النسخة الثالثة غير المحفوظة في سجل').body);
    await library.restoreRevision(id, undo.id);
    expect((await library.open(id)).body).toEqual(
      content('النسخة الثالثة غير المحفوظة في سجل').body,
    );
  });

  it('compares two revisions word by word, and a revision with the current text', async () => {
    const { clock, library, id } = await editingSession();
    const first = await library.save(id, content('ذهب الولد إلى المدرسة'));
    clock.advance(6 * MINUTE);
    const second = await library.save(id, content('ذهب الولد مسرعاً إلى المدرسة'));
    clock.advance(MINUTE);
    await library.save(id, content('ذهب الولد مسرعاً إلى الجامعة'));
    const comparison = await library.compareRevisions(id, first.revision!.id, second.revision!.id);
    expect(comparison.pieces).toEqual([
      { type: 'equal', text: 'ذهب الولد ' },
      { type: 'insert', text: 'مسرعاً ' },
      { type: 'equal', text: 'إلى المدرسة' },
    ]);
    expect(comparison).toMatchObject({ wordsInserted: 1, wordsDeleted: 0 });
    const withCurrent = await library.compareRevisions(id, second.revision!.id, 'current');
    expect(withCurrent.pieces.filter((piece) => piece.type !== 'equal')).toEqual([
      { type: 'delete', text: 'المدرسة' },
      { type: 'insert', text: 'الجامعة' },
    ]);
  });

  it('thins out old history by the retention policy', async () => {
    const { clock, library, id, dataDir } = await editingSession();
    // Two weeks of an hour's editing a day, a revision every five minutes.
    for (let day = 0; day < 14; day += 1) {
      for (let step = 0; step < 12; step += 1) {
        await library.save(id, content(`اليوم ${day} الخطوة ${step}`));
        clock.advance(5 * MINUTE);
      }
      clock.advance(23 * 60 * MINUTE);
    }
    const files = await readdir(path.join(dataDir, 'drafts', id, 'revisions'));
    // Today's 12, one an hour for the six days before, one a day before that.
    expect(files).toHaveLength(12 + 6 + 7);
  });
});
