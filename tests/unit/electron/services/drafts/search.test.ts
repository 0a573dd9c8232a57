// Searching the library in Arabic: spelling variants meet, results say where to highlight,
// and the index is a cache kept current with every change.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeSearchCache,
  encodeSearchCache,
} from '../../../../../electron/services/drafts/search/search-cache.ts';
import { bodyOf, content, freshDataDir, meta, openLibrary } from './library-fixture.ts';

async function libraryWith(
  ...drafts: { headline?: string; body: string; tags?: string[]; byline?: string }[]
) {
  const dataDir = await freshDataDir();
  const library = await openLibrary(dataDir);
  const ids: string[] = [];
  for (const draft of drafts) {
    const { id } = await library.create();
    await library.save(id, {
      meta: {
        ...meta,
        headline: draft.headline ?? '',
        tags: draft.tags ?? [],
        byline: draft.byline ?? '',
        excerpt: '',
      },
      body: bodyOf(draft.body),
    });
    ids.push(id);
  }
  return { dataDir, library, ids };
}

describe('search', () => {
  it('finds أحمد typed as احمد, مدرسة as مدرسه, and ٢٠٢٤ as 2024', async () => {
    const { library, ids } = await libraryWith(
      { body: 'التقى أحمد بالوزير' },
      { body: 'افتتاح مـدرسة جديدة في الحي' },
      { body: 'الميزانية لعام ٢٠٢٤ كبيرة' },
    );
    expect((await library.search('احمد')).map((result) => result.draftId)).toEqual([ids[0]]);
    expect((await library.search('مدرسه')).map((result) => result.draftId)).toEqual([ids[1]]);
    expect((await library.search('2024')).map((result) => result.draftId)).toEqual([ids[2]]);
  });

  it('gives the matched words in the original text, with a short window of the body', async () => {
    const long = `${'تمهيد '.repeat(40)}وصل أحمدُ إلى المدرسة صباحاً ${'ختام '.repeat(60)}`;
    const { library, ids } = await libraryWith({ headline: 'زيارة أحمد', body: long });
    const [result] = await library.search('احمد');
    expect(result.draftId).toBe(ids[0]);
    expect(result.matchedTerms).toEqual(['احمد']);
    const marked = (field: string) => {
      const highlight = result.highlights.find((candidate) => candidate.field === field)!;
      return highlight.ranges.map(({ start, end }) => highlight.text.slice(start, end));
    };
    expect(marked('headline')).toEqual(['أحمد']);
    expect(marked('body')).toEqual(['أحمدُ']);
    const body = result.highlights.find((candidate) => candidate.field === 'body')!;
    expect(body.text.length).toBeLessThan(260);
    expect(body.text.startsWith('…')).toBe(true);
  });

  it('searches tags and byline too, and needs every word of the query', async () => {
    const { library, ids } = await libraryWith(
      { body: 'نص أول', tags: ['انتخابات'], byline: 'سارة العتيبي' },
      { body: 'نص ثان عن الانتخابات' },
    );
    expect((await library.search('انتخابات')).map((result) => result.draftId).sort()).toEqual(
      [...ids].sort(),
    );
    expect((await library.search('انتخابات العتيبي')).map((result) => result.draftId)).toEqual([
      ids[0],
    ]);
    expect(await library.search('   ')).toEqual([]);
  });

  it('follows saves, trash and restore', async () => {
    const { library, ids } = await libraryWith({ body: 'خبر عن الفيضانات' });
    expect(await library.search('فيضانات')).toHaveLength(1);
    await library.save(ids[0], content('خبر عن الزلزال'));
    expect(await library.search('فيضانات')).toHaveLength(0);
    expect(await library.search('زلزال')).toHaveLength(1);
    await library.trash(ids[0]);
    expect(await library.search('زلزال')).toHaveLength(0);
    await library.restore(ids[0]);
    expect(await library.search('زلزال')).toHaveLength(1);
  });

  it('keeps its index as a cache, rebuilt when missing, damaged or stale', async () => {
    const { dataDir, library, ids } = await libraryWith({ body: 'خبر عن الاقتصاد' });
    await library.search('اقتصاد');
    await library.close();
    const cacheFile = path.join(dataDir, 'library-cache', 'search-index.bin');
    expect((await readFile(cacheFile)).subarray(0, 8).toString('latin1')).toBe('MIDADSX2');

    // Stale: the draft changed while the search cache was not written.
    const stale = await openLibrary(dataDir);
    await stale.save(ids[0], content('خبر عن الرياضة'));
    await stale.flush();
    const staleCache = await readFile(cacheFile);
    const afterStale = await openLibrary(dataDir);
    expect(await afterStale.search('رياضة')).toHaveLength(1);
    expect(await afterStale.search('اقتصاد')).toHaveLength(0);

    // Damaged: one byte changed, the file cut short, another format, or gone.
    const flipped = Buffer.from(staleCache);
    flipped[flipped.length >> 1] ^= 0xff;
    for (const damaged of [
      flipped,
      staleCache.subarray(0, staleCache.length - 10),
      Buffer.from('{"format":"midad.search-index"}'),
    ]) {
      await writeFile(cacheFile, damaged);
      expect(await (await openLibrary(dataDir)).search('رياضة')).toHaveLength(1);
    }
    await rm(cacheFile);
    expect(await (await openLibrary(dataDir)).search('رياضة')).toHaveLength(1);
  });

  it('rebuilds an index whose cache passes its checksum but holds postings that do not decode', async () => {
    const { dataDir, library } = await libraryWith({ body: 'خبر عن الاقتصاد' });
    await library.search('اقتصاد');
    await library.close();
    const cacheFile = path.join(dataDir, 'library-cache', 'search-index.bin');
    const index = decodeSearchCache(await readFile(cacheFile));
    const parts = index.compact();
    // Every posting of every term points past the last draft: a checksum made after the damage.
    const postings = new Uint8Array(parts.base.postings.length).fill(0x05);
    await writeFile(
      cacheFile,
      encodeSearchCache({ drafts: parts.drafts, base: { ...parts.base, postings } }),
    );

    const reopened = await openLibrary(dataDir);
    expect(await reopened.search('اقتصاد')).toHaveLength(1);
    const { id } = await reopened.create(content('خبر عن الاقتصاد مرة أخرى'));
    expect((await reopened.search('اقتصاد')).map((result) => result.draftId)).toContain(id);
  });

  it('removes the search index earlier versions kept as JSON', async () => {
    const { dataDir, library } = await libraryWith({ body: 'خبر عن الاقتصاد' });
    await library.close();
    // Where earlier versions kept it: the folder the library's caches have since left.
    await mkdir(path.join(dataDir, 'cache'), { recursive: true });
    const oldCache = path.join(dataDir, 'cache', 'search-index.json');
    await writeFile(oldCache, '{"format":"midad.search-index","schemaVersion":1}');
    const reopened = await openLibrary(dataDir);
    await expect(readFile(oldCache)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await reopened.search('اقتصاد')).toHaveLength(1);
  });

  it('brings a cached index up to date with a save the search cache never saw', async () => {
    const { dataDir, library, ids } = await libraryWith({ body: 'كلمة قديمة' });
    await library.search('قديمة');
    await library.close();
    const next = await openLibrary(dataDir, { searchCacheDelayMs: 1_000_000 });
    await next.save(ids[0], content('كلمة جديدة'));
    await next.close();
    // The saved search cache was written at close, so both agree; now simulate it lagging behind.
    const reopened = await openLibrary(dataDir);
    expect(await reopened.search('جديده')).toHaveLength(1);
    expect(await reopened.search('قديمه')).toHaveLength(0);
  });
});
