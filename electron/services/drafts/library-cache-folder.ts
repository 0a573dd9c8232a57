// The library's caches live in <data>/library-cache. They were in <data>/cache, which on a
// case-insensitive disk (macOS, Windows) is the folder Chromium keeps its own `Cache` in.
import { promises as fs } from 'node:fs';
import path from 'node:path';

export const LIBRARY_CACHE_FOLDER = 'library-cache';
const OLD_CACHE_FOLDER = 'cache';
/** All the library ever kept in the old folder; nothing else there is touched (it may be Chromium's). */
const LIBRARY_CACHE_ENTRIES = ['touched', 'library-index.json', 'search-index.json'] as const;

/**
 * Moves the caches an earlier Midad left in <data>/cache. Whenever both folders hold caches
 * (an older Midad ran in between, or a move was cut short) neither is trusted: an index
 * without its touched marks would list stale drafts, and every cache is rebuilt from the
 * drafts anyway.
 */
export async function moveOldLibraryCache(dataDir: string): Promise<void> {
  const oldFolder = path.join(dataDir, OLD_CACHE_FOLDER);
  const cacheFolder = path.join(dataDir, LIBRARY_CACHE_FOLDER);
  const found = (
    await Promise.all(
      LIBRARY_CACHE_ENTRIES.map(async (name) =>
        (await exists(path.join(oldFolder, name))) ? name : null,
      ),
    )
  ).filter((name) => name !== null);
  if (found.length === 0) return;
  try {
    if (await exists(cacheFolder)) {
      await fs.rm(cacheFolder, { recursive: true, force: true });
      for (const name of found)
        await fs.rm(path.join(oldFolder, name), { recursive: true, force: true });
    } else {
      await fs.mkdir(cacheFolder);
      for (const name of found)
        await fs.rename(path.join(oldFolder, name), path.join(cacheFolder, name));
    }
  } catch {
    // Half moved: start from no cache at all, so this start rebuilds rather than trusts it.
    await fs.rm(cacheFolder, { recursive: true, force: true }).catch(() => undefined);
    return;
  }
  // Empty now, unless it is Chromium's Cache as well: then it stays as it is.
  await fs.rmdir(oldFolder).catch(() => undefined);
}

async function exists(filePath: string): Promise<boolean> {
  try {
    await fs.lstat(filePath);
    return true;
  } catch {
    return false;
  }
}
