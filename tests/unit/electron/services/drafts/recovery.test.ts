// Whatever a crash or a damaged disk leaves behind, the library opens, keeps every draft
// it can, moves what it cannot read to the quarantine (never overwriting it) and says so.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { content, freshDataDir, MINUTE, openLibrary, TestClock } from './library-fixture.ts';

async function libraryWithOneDraft(text = 'نص سليم') {
  const dataDir = await freshDataDir();
  const clock = new TestClock();
  const library = await openLibrary(dataDir, { now: clock.now });
  const { id } = await library.create();
  await library.save(id, content(text));
  await library.close();
  const draftPath = path.join(dataDir, 'drafts', id, 'draft.json');
  return { dataDir, clock, id, draftPath };
}

const damages: [string, string, string][] = [
  ['truncated', '{"format":"midad.draft","schemaVersion":1,"id":"', 'not_json'],
  ['not JSON at all', '\u0000\u0000\u0000', 'not_json'],
  ['of the wrong shape', '{"format":"midad.draft","schemaVersion":1,"id":"x"}', 'wrong_schema'],
  ['from a newer Midad', '{"format":"midad.draft","schemaVersion":99}', 'future_version'],
];

describe('recovery when the library opens', () => {
  it('removes temp files a crash left behind and keeps the real file', async () => {
    const { dataDir, id, draftPath } = await libraryWithOneDraft();
    const before = await readFile(draftPath, 'utf8');
    await writeFile(path.join(dataDir, 'drafts', id, '.draft.json.abc123.tmp'), '{"half');
    await writeFile(
      path.join(dataDir, 'drafts', id, 'revisions', '.1764410400000-x.json.ff.tmp'),
      '{',
    );
    await writeFile(path.join(dataDir, 'library-cache', 'touched', id), '');
    const library = await openLibrary(dataDir);
    expect(await readdir(path.join(dataDir, 'drafts', id))).toEqual(['draft.json', 'revisions']);
    expect(
      (await readdir(path.join(dataDir, 'drafts', id, 'revisions'))).some((name) =>
        name.endsWith('.tmp'),
      ),
    ).toBe(false);
    expect(await readFile(draftPath, 'utf8')).toBe(before);
    expect(await library.problems()).toEqual([]);
  });

  it('discards a draft folder that was still being created', async () => {
    const { dataDir, id } = await libraryWithOneDraft();
    await mkdir(path.join(dataDir, 'drafts', '.staging-halfmadeDraft1'), { recursive: true });
    const library = await openLibrary(dataDir);
    expect(await readdir(path.join(dataDir, 'drafts'))).toEqual([id]);
    expect(library.list()).toHaveLength(1);
  });

  for (const [label, damaged, reason] of damages) {
    it(`quarantines a draft file that is ${label}, rebuilds the draft from its last revision and says where the file went`, async () => {
      const { dataDir, clock, id, draftPath } = await libraryWithOneDraft('النص قبل العطب');
      await writeFile(draftPath, damaged);
      clock.advance(MINUTE);
      const library = await openLibrary(dataDir, { now: clock.now });

      const [problem] = await library.problems();
      expect(problem).toMatchObject({
        draftId: id,
        kind: 'draft_unreadable',
        reason,
        originalPath: path.join('drafts', id, 'draft.json'),
      });
      expect(path.dirname(problem.quarantinePath!)).toBe(path.join(dataDir, 'quarantine'));
      expect(await readFile(problem.quarantinePath!, 'utf8')).toBe(damaged);
      expect(problem.recoveredFromRevision).toMatch(/^\d{13}-/);
      expect((await library.open(id)).body).toEqual(content('النص قبل العطب').body);
      expect(library.list().map((summary) => summary.id)).toEqual([id]);
    });
  }

  it('opens anyway when a damaged draft has no revision to rebuild from, and lists the problem', async () => {
    const dataDir = await freshDataDir();
    const library = await openLibrary(dataDir);
    const healthy = await library.create();
    const broken = await library.create();
    await library.close();
    await writeFile(path.join(dataDir, 'drafts', broken.id, 'draft.json'), 'garbage');
    await writeFile(path.join(dataDir, 'library-cache', 'touched', broken.id), '');
    const reopened = await openLibrary(dataDir);
    expect(reopened.list().map((summary) => summary.id)).toEqual([healthy.id]);
    expect(await reopened.problems()).toEqual([
      expect.objectContaining({
        draftId: broken.id,
        kind: 'draft_unreadable',
        reason: 'not_json',
        recoveredFromRevision: null,
      }),
    ]);
    await expect(reopened.open(broken.id)).rejects.toMatchObject({ code: 'drafts.not_found' });
  });

  it('never overwrites a quarantined file: the same damage twice gives two files', async () => {
    const { dataDir, id, draftPath } = await libraryWithOneDraft();
    await writeFile(draftPath, 'first damage');
    await (await openLibrary(dataDir)).close();
    await writeFile(draftPath, 'second damage');
    await writeFile(path.join(dataDir, 'library-cache', 'touched', id), '');
    await (await openLibrary(dataDir)).problems();
    const quarantined = await readdir(path.join(dataDir, 'quarantine'));
    expect(quarantined).toHaveLength(2);
    const contents = await Promise.all(
      quarantined.map((name) => readFile(path.join(dataDir, 'quarantine', name), 'utf8')),
    );
    expect(contents.sort()).toEqual(['first damage', 'second damage']);
  });

  it('quarantines an unreadable revision and keeps the draft and its other revisions', async () => {
    const { dataDir, clock, id } = await libraryWithOneDraft('أول');
    const library = await openLibrary(dataDir, { now: clock.now });
    clock.advance(6 * MINUTE);
    await library.save(id, content('ثاني'));
    const [newest, oldest] = await library.listRevisions(id);
    await writeFile(
      path.join(dataDir, 'drafts', id, 'revisions', `${oldest.id}.json`),
      '{"format":"midad.revision"',
    );
    const history = await library.listRevisions(id);
    expect(history.map((revision) => revision.id)).toEqual([newest.id]);
    expect(await library.problems()).toEqual([
      expect.objectContaining({ draftId: id, kind: 'revision_unreadable', reason: 'not_json' }),
    ]);
    expect((await library.open(id)).body).toEqual(content('ثاني').body);
  });

  it('treats a damaged list cache as missing and rebuilds it from the drafts', async () => {
    const { dataDir, id } = await libraryWithOneDraft('ثلاث كلمات فقط');
    await writeFile(
      path.join(dataDir, 'library-cache', 'library-index.json'),
      '{"format":"midad.library-index","schemaVersion":1,"drafts":[{',
    );
    const library = await openLibrary(dataDir);
    expect(library.list()).toEqual([expect.objectContaining({ id, words: 3 })]);
    expect(await library.problems()).toEqual([]);
  });

  it('shows a draft whose folder was copied in by hand after the cache was written', async () => {
    const { dataDir } = await libraryWithOneDraft();
    const other = await libraryWithOneDraft('مسودة من جهاز آخر');
    const { cp } = await import('node:fs/promises');
    await cp(path.join(other.dataDir, 'drafts', other.id), path.join(dataDir, 'drafts', other.id), {
      recursive: true,
    });
    const library = await openLibrary(dataDir);
    expect(library.list()).toHaveLength(2);
  });
});
