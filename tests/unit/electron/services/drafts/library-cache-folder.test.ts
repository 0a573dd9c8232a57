// The library's caches moved out of <data>/cache, which a case-insensitive disk (macOS,
// Windows) shares with Chromium's own `Cache`: real folders in a temporary data folder.
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { moveOldLibraryCache } from '../../../../../electron/services/drafts/library-cache-folder.ts';
import { content, freshDataDir, openLibrary } from './library-fixture.ts';

/** A data folder as an earlier Midad left it: the list cache in cache/. */
async function savedByEarlierMidad(dataDir: string, text: string): Promise<string> {
  const library = await openLibrary(dataDir);
  const { id } = await library.create();
  await library.save(id, content(text));
  await library.close();
  await asEarlierMidadLeftIt(dataDir);
  return id;
}

/** Earlier versions kept their caches in cache/, and had no binary search index. */
async function asEarlierMidadLeftIt(dataDir: string): Promise<void> {
  await rename(path.join(dataDir, 'library-cache'), path.join(dataDir, 'cache'));
  await rm(path.join(dataDir, 'cache', 'search-index.bin'), { force: true });
}

describe("the library's cache folder", () => {
  it("moves an earlier Midad's cache to library-cache and leaves no cache/ behind", async () => {
    const dataDir = await freshDataDir();
    await savedByEarlierMidad(dataDir, 'نص محفوظ');
    const library = await openLibrary(dataDir);
    expect(library.list().map((summary) => summary.words)).toEqual([2]);
    expect(await readdir(path.join(dataDir, 'library-cache'))).toEqual(
      expect.arrayContaining(['library-index.json', 'touched']),
    );
    expect(await readdir(dataDir)).not.toContain('cache');
  });

  it("takes only the library's files out of a cache/ that is also Chromium's Cache", async () => {
    const dataDir = await freshDataDir();
    await savedByEarlierMidad(dataDir, 'نص محفوظ');
    // What Chromium keeps in <userData>/Cache, the same folder on a case-insensitive disk.
    await mkdir(path.join(dataDir, 'cache', 'Cache_Data'));
    await writeFile(path.join(dataDir, 'cache', 'Cache_Data', 'index'), 'chromium');
    await moveOldLibraryCache(dataDir);
    expect(await readdir(path.join(dataDir, 'cache'))).toEqual(['Cache_Data']);
    expect(await readFile(path.join(dataDir, 'cache', 'Cache_Data', 'index'), 'utf8')).toBe(
      'chromium',
    );
    expect(await readdir(path.join(dataDir, 'library-cache'))).toEqual(
      expect.arrayContaining(['library-index.json', 'touched']),
    );
  });

  it('trusts neither cache when both folders hold one, and lists what the drafts say', async () => {
    const dataDir = await freshDataDir();
    const first = await openLibrary(dataDir);
    const { id } = await first.create();
    await first.save(id, content('نص محفوظ'));
    await first.close();
    const keptByThisMidad = path.join(await freshDataDir(), 'kept');
    await cp(path.join(dataDir, 'library-cache'), keptByThisMidad, { recursive: true });
    // An older Midad ran next: it saved four words and its cache in cache/ says so.
    const older = await openLibrary(dataDir);
    await older.save(id, content('كلمة واحدة أخرى هنا'));
    await older.close();
    await asEarlierMidadLeftIt(dataDir);
    await cp(keptByThisMidad, path.join(dataDir, 'library-cache'), { recursive: true });

    expect((await openLibrary(dataDir)).list().map((summary) => summary.words)).toEqual([4]);
    expect(await readdir(dataDir)).not.toContain('cache');
  });
});
