// The library's compact search index: Arabic spelling variants meet, every change of a draft
// reaches it and survives a restart, and a first start without caches answers from what it
// has read so far, saying so.
import { describe, expect, it } from 'vitest';
import type { DraftContent } from '../../../../../electron/contract/index.ts';
import {
  nodeFileSystem,
  type FileSystem,
} from '../../../../../electron/services/files/file-system.ts';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { openStartingDraft } from '../../../../../electron/services/drafts/starting-draft.ts';
import { bodyOf, freshDataDir, meta, openLibrary } from './library-fixture.ts';

const article = (headline: string, body: string): DraftContent => ({
  meta: { ...meta, headline, tags: [], excerpt: '' },
  body: bodyOf(body),
});
const idsFound = async (library: Awaited<ReturnType<typeof openLibrary>>, query: string) =>
  (await library.search(query, { limit: 200 })).map((result) => result.draftId).sort();

describe('the compact search index', () => {
  it('finds each Arabic spelling variant as the writer may type it', async () => {
    const library = await openLibrary(await freshDataDir());
    const drafts = {
      hamza: await library.create(article('', 'استقبل الرئيس إبراهيم وفد المؤتمر')),
      taMarbuta: await library.create(article('', 'زيارة إلى المكتبة العامة')),
      alefMaqsura: await library.create(article('', 'افتتاح المستشفى الجديد')),
      tatweel: await library.create(article('', 'الحكـــومة تعلن خطتها')),
      harakat: await library.create(article('', 'كَتَبَ الصَّحَفِيُّ مَقَالَهُ')),
      digits: await library.create(article('', 'ميزانية عام ٢٠٢٥ ونمو ۳ بالمئة')),
    };
    expect(await idsFound(library, 'ابراهيم')).toEqual([drafts.hamza.id]);
    expect(await idsFound(library, 'المكتبه')).toEqual([drafts.taMarbuta.id]);
    expect(await idsFound(library, 'المستشفي')).toEqual([drafts.alefMaqsura.id]);
    expect(await idsFound(library, 'الحكومة')).toEqual([drafts.tatweel.id]);
    expect(await idsFound(library, 'الصحفي')).toEqual([drafts.harakat.id]);
    expect(await idsFound(library, 'مقاله')).toEqual([drafts.harakat.id]);
    expect(await idsFound(library, '2025')).toEqual([drafts.digits.id]);
    expect(await idsFound(library, '٣')).toEqual([drafts.digits.id]);
    // Typed the other way round: the index holds the variant, the query the plain form.
    expect(await idsFound(library, 'إبراهيم')).toEqual([drafts.hamza.id]);
    expect(await idsFound(library, 'مـكتبة')).toEqual([drafts.taMarbuta.id]);
    await library.close();
  });

  it('ranks a draft whose headline has the word above one that only mentions it, and completes the last word typed', async () => {
    const library = await openLibrary(await freshDataDir());
    const mentions = await library.create(
      article('أخبار اليوم', `${'كلام '.repeat(50)}الانتخابات ${'كلام '.repeat(50)}`),
    );
    const headline = await library.create(article('الانتخابات البلدية', 'نص قصير'));
    expect((await library.search('انتخابات')).map((result) => result.draftId)).toEqual([
      headline.id,
      mentions.id,
    ]);
    expect((await library.search('الانتخ')).map((result) => result.draftId).sort()).toEqual(
      [headline.id, mentions.id].sort(),
    );
    expect((await library.search('البلد')).map((result) => result.draftId)).toEqual([headline.id]);
    await library.close();
  });

  it('follows a draft saved with a new headline, trashed and restored, also after a restart', async () => {
    const dataDir = await freshDataDir();
    const library = await openLibrary(dataDir);
    const draft = await library.create(article('فيضانات في المدينة', 'نص الخبر'));
    const other = await library.create(article('الاقتصاد', 'نص آخر'));
    expect(await idsFound(library, 'فيضانات')).toEqual([draft.id]);
    await library.save(draft.id, article('زلزال في المدينة', 'نص الخبر'));
    expect(await idsFound(library, 'فيضانات')).toEqual([]);
    expect(await idsFound(library, 'زلزال')).toEqual([draft.id]);
    await library.trash(other.id);
    await library.close();

    const reopened = await openLibrary(dataDir);
    expect(await idsFound(reopened, 'زلزال')).toEqual([draft.id]);
    expect(await idsFound(reopened, 'فيضانات')).toEqual([]);
    expect(await idsFound(reopened, 'الاقتصاد')).toEqual([]);
    await reopened.restore(other.id);
    expect(await idsFound(reopened, 'الاقتصاد')).toEqual([other.id]);
    await reopened.close();
  });
});

describe('a first start without caches', () => {
  /** A file system whose draft files wait to be read until the test lets them, but for those `passes` lets through. */
  function gatedFileSystem(passes: (filePath: string) => boolean): {
    fs: FileSystem;
    release: () => void;
  } {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const fs: FileSystem = {
      ...nodeFileSystem,
      readFile: async (filePath) => {
        if (filePath.endsWith('draft.json') && !passes(filePath)) await gate;
        return nodeFileSystem.readFile(filePath);
      },
    };
    return { fs, release };
  }

  async function libraryOf(count: number): Promise<{ dataDir: string; ids: string[] }> {
    const dataDir = await freshDataDir();
    const library = await openLibrary(dataDir);
    const ids: string[] = [];
    for (let index = 0; index < count; index += 1)
      ids.push((await library.create(article(`خبر رقم ${index}`, 'الحكومة تعلن خطة جديدة'))).id);
    await library.close();
    await rm(path.join(dataDir, 'library-cache'), { recursive: true });
    return { dataDir, ids };
  }

  it('answers the list and search from the drafts read so far, says so, and is whole once reading ends', async () => {
    const { dataDir, ids } = await libraryOf(12);
    const firstThree = new Set<string>();
    // The first three drafts read get through, and again when search reads them for its highlights.
    const { fs, release } = gatedFileSystem(
      (filePath) =>
        (firstThree.size < 3 && firstThree.add(filePath) !== undefined) || firstThree.has(filePath),
    );
    const readings: boolean[] = [];
    const library = await openLibrary(dataDir, {
      fs,
      backgroundReadAfter: 0,
      onReading: (reading) => readings.push(reading.complete),
    });
    while (library.reading().listed < 3) await new Promise((resolve) => setImmediate(resolve));

    expect(library.reading()).toMatchObject({ listed: 3, total: 12, complete: false });
    expect(library.list()).toHaveLength(3);
    const partial = await library.searchLibrary('الحكومة', { limit: 50 });
    expect(partial.results).toHaveLength(3);
    expect(partial.reading).toMatchObject({ searchable: 3, total: 12, complete: false });

    release();
    await library.problems();
    const whole = await library.searchLibrary('الحكومة', { limit: 50 });
    expect(whole.results.map((result) => result.draftId).sort()).toEqual([...ids].sort());
    expect(whole.reading).toEqual({ listed: 12, total: 12, searchable: 12, complete: true });
    expect(readings.at(-1)).toBe(true);
    await library.close();
  });

  it('opens the app on the newest draft, read first, rather than on a new empty one', async () => {
    const { dataDir, ids } = await libraryOf(24);
    const { fs, release } = gatedFileSystem((filePath) => !filePath.includes(ids[0]));
    const library = await openLibrary(dataDir, { fs, backgroundReadAfter: 0 });
    await library.newestRead();
    expect((await openStartingDraft(library)).id).toBe(ids[23]);
    release();
    await library.problems();
    expect(library.list()).toHaveLength(24);
    await library.close();
  });

  it('reads a draft asked for at once, without waiting for the rest', async () => {
    const { dataDir, ids } = await libraryOf(6);
    const { fs, release } = gatedFileSystem((filePath) => filePath.includes(ids[4]));
    const library = await openLibrary(dataDir, { fs, backgroundReadAfter: 0 });
    // The background reads wait at the gate: only the draft asked for gets through.
    expect((await library.open(ids[4])).id).toBe(ids[4]);
    expect(library.reading()).toMatchObject({ listed: 1, total: 6, complete: false });
    release();
    await library.problems();
    expect(library.list()).toHaveLength(6);
    await library.close();
  });
});
