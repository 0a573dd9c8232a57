// The search index as a cache file. Anything wrong with it (missing, damaged, another
// version) just means it is rebuilt from the drafts.
import type { AsPlainObject } from 'minisearch';
import { writeFileAtomic } from '../../files/atomic-write.ts';
import type { FileSystem } from '../../files/file-system.ts';
import { DraftSearchIndex } from './draft-search-index.ts';

const FORMAT = 'midad.search-index';
const SCHEMA_VERSION = 1;

interface SearchCacheFile {
  format: typeof FORMAT;
  schemaVersion: typeof SCHEMA_VERSION;
  versions: Record<string, string>;
  index: AsPlainObject;
}

export async function loadSearchCache(filePath: string, fs: FileSystem): Promise<DraftSearchIndex | null> {
  try {
    const file = JSON.parse(await fs.readFile(filePath)) as Partial<SearchCacheFile>;
    if (file.format !== FORMAT || file.schemaVersion !== SCHEMA_VERSION || !file.index || !file.versions) return null;
    return DraftSearchIndex.fromPlainObject(file.index, file.versions);
  } catch {
    // MiniSearch throws on an index of another shape: a cache we cannot use is rebuilt.
    return null;
  }
}

export async function saveSearchCache(filePath: string, index: DraftSearchIndex, fs: FileSystem): Promise<void> {
  const { index: plain, versions } = index.toPlainObject();
  const file: SearchCacheFile = { format: FORMAT, schemaVersion: SCHEMA_VERSION, versions, index: plain };
  await writeFileAtomic(filePath, JSON.stringify(file), fs);
}
