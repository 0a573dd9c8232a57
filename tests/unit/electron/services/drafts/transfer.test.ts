// Handing a draft over as one .midad file, and taking one in, never overwriting a draft.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { content, freshDataDir, meta, MINUTE, openLibrary, TestClock } from './library-fixture.ts';

async function exportedDraft(includeRevisions: boolean) {
  const clock = new TestClock();
  const library = await openLibrary(await freshDataDir(), { now: clock.now });
  const { id } = await library.create();
  await library.save(id, content('المسودة الأولى'));
  clock.advance(6 * MINUTE);
  await library.save(id, content('المسودة الثانية للتسليم'));
  return { id, library, file: await library.exportDraft(id, { includeRevisions }) };
}

describe('export and import', () => {
  it('round-trips a draft with its revisions into another library under the same id', async () => {
    const { id, library, file } = await exportedDraft(true);
    expect(JSON.parse(file)).toMatchObject({
      format: 'midad.export',
      schemaVersion: 1,
      draft: { id },
    });
    const later = new TestClock();
    later.advance(60 * MINUTE);
    const other = await openLibrary(await freshDataDir(), { now: later.now });
    const result = await other.importDraft(file);
    expect(result).toEqual({ draftId: id, outcome: 'imported', originalId: id, revisions: 3 });
    expect(await other.open(id)).toEqual(await library.open(id));
    const history = await other.listRevisions(id);
    expect(history.map((revision) => revision.reason)).toEqual([
      'imported',
      'interval',
      'interval',
    ]);
    expect((await other.search('للتسليم')).map((hit) => hit.draftId)).toEqual([id]);
  });

  it('exports without revisions unless asked', async () => {
    const { file } = await exportedDraft(false);
    expect(JSON.parse(file).revisions).toBeUndefined();
  });

  it('imports a draft that already exists as a copy with a new id, leaving the original untouched', async () => {
    const { id, library, file } = await exportedDraft(true);
    const before = await library.open(id);
    const result = await library.importDraft(file);
    expect(result.outcome).toBe('copy');
    expect(result.originalId).toBe(id);
    expect(result.draftId).not.toBe(id);
    expect(await library.open(id)).toEqual(before);
    expect((await library.open(result.draftId)).body).toEqual(before.body);
    expect(
      (await library.listRevisions(result.draftId)).every(
        (revision) => revision.draftId === result.draftId,
      ),
    ).toBe(true);
  });

  it('imports as a copy when the same id is in the trash', async () => {
    const { id, library, file } = await exportedDraft(false);
    await library.trash(id);
    expect((await library.importDraft(file)).outcome).toBe('copy');
    expect((await library.restore(id)).id).toBe(id);
  });

  const badFiles: [string, string, string][] = [
    ['not JSON', 'PK\u0003\u0004', 'import.invalid_file'],
    ['another kind of file', '{"format":"something.else"}', 'import.invalid_file'],
    [
      'from a newer Midad',
      '{"format":"midad.export","schemaVersion":7}',
      'import.unsupported_version',
    ],
    [
      'missing its draft',
      '{"format":"midad.export","schemaVersion":1,"exportedAt":"2026-11-29T10:00:00.000Z"}',
      'import.invalid_file',
    ],
  ];
  for (const [label, file, code] of badFiles) {
    it(`refuses a file that is ${label}, writing nothing`, async () => {
      const dataDir = await freshDataDir();
      const library = await openLibrary(dataDir);
      await expect(library.importDraft(file)).rejects.toMatchObject({ code });
      expect(await readdir(path.join(dataDir, 'drafts'))).toEqual([]);
    });
  }

  it('refuses a draft with a bad field or revisions of another draft, writing nothing', async () => {
    const { file } = await exportedDraft(true);
    const parsed = JSON.parse(file);
    const dataDir = await freshDataDir();
    const library = await openLibrary(dataDir);
    const badId = { ...parsed, draft: { ...parsed.draft, id: '../../etc' } };
    await expect(library.importDraft(JSON.stringify(badId))).rejects.toMatchObject({
      code: 'import.invalid_file',
      details: [expect.stringContaining('draft.id')],
    });
    const strayRevision = {
      ...parsed,
      revisions: [{ ...parsed.revisions[0], draftId: 'someOtherDraft1' }],
    };
    await expect(library.importDraft(JSON.stringify(strayRevision))).rejects.toMatchObject({
      code: 'import.invalid_file',
    });
    expect(await readdir(path.join(dataDir, 'drafts'))).toEqual([]);
  });

  it('exports HTML with the body as WordPress block markup and every character escaped', async () => {
    const library = await openLibrary(await freshDataDir());
    const { id } = await library.create();
    await library.save(id, {
      meta: { ...meta, headline: 'عنوان <script>' },
      body: content('فقرة & "اقتباس" <script>', 'ثانية').body,
    });
    const html = await library.exportHtml(id);
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<h1>عنوان &lt;script&gt;</h1>');
    expect(html).toContain(
      '<!-- wp:paragraph -->\n<p>فقرة &amp; "اقتباس" &lt;script&gt;</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>ثانية</p>\n<!-- /wp:paragraph -->\n</article>',
    );
    expect(html).not.toContain('<script>');
  });
});
