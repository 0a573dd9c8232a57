// Search over the library: the index is loaded from its cache on first use and brought up
// to date against the drafts' versions (id + updatedAt), then kept current on every write.
// Results carry what the UI needs to highlight: matched terms and ranges in the original text.
import type { SearchResult } from '../../../contract.ts';
import type { FileSystem } from '../../files/file-system.ts';
import { DraftSearchIndex } from './draft-search-index.ts';
import { highlightsFor } from './highlights.ts';
import { loadSearchCache, saveSearchCache } from './search-cache.ts';
import type { SearchDocument } from './search-document.ts';

const RECENT_DOCUMENTS = 200;

export interface DraftSearchOptions {
  cacheFile: string;
  fs: FileSystem;
  cacheDelayMs: number;
  /** The version (updatedAt) of every draft in the library now. */
  versions: () => ReadonlyMap<string, string>;
  versionOf: (draftId: string) => string | undefined;
  readDocument: (draftId: string) => Promise<SearchDocument | null>;
}

export class DraftSearch {
  readonly #options: DraftSearchOptions;
  #index: DraftSearchIndex | null = null;
  #loading: Promise<DraftSearchIndex> | null = null;
  #dirty = false;
  /** The cache file loaded but failed in use (damaged in a way loading missed): rebuild without it. */
  #cacheUnusable = false;
  #cacheTimer: NodeJS.Timeout | null = null;
  /** Least recently used first. */
  readonly #recent = new Map<string, { version: string; document: SearchDocument }>();

  constructor(options: DraftSearchOptions) {
    this.#options = options;
  }

  /** Loads (or rebuilds) the index now rather than on the first search. */
  ready(): Promise<DraftSearchIndex> {
    if (this.#index) return Promise.resolve(this.#index);
    this.#loading ??= this.#load();
    return this.#loading;
  }

  put(document: SearchDocument, version: string): void {
    if (!this.#index) return; // The index, once loaded, catches up by version.
    this.#useIndex((index) => index.put(document, version));
  }

  remove(draftId: string): void {
    if (!this.#index) return;
    this.#useIndex((index) => index.remove(draftId));
  }

  /** A change to the loaded index; one it cannot take means a damaged cache, rebuilt on next use. */
  #useIndex(change: (index: DraftSearchIndex) => void): void {
    try {
      change(this.#index!);
      this.#changed();
    } catch {
      this.#discardIndex();
    }
  }

  #discardIndex(): void {
    this.#cacheUnusable = true;
    this.#index = null;
    this.#loading = null;
  }

  async search(query: string, limit: number): Promise<SearchResult[]> {
    if (query.trim().length === 0) return [];
    let hits;
    try {
      hits = (await this.ready()).search(query);
    } catch {
      // MiniSearch loads some damaged caches and only fails when searching them.
      this.#discardIndex();
      hits = (await this.ready()).search(query);
    }
    const results: SearchResult[] = [];
    for (const hit of hits.slice(0, limit)) {
      const document = await this.#document(hit.id);
      if (!document) continue;
      results.push({
        draftId: hit.id,
        score: hit.score,
        matchedTerms: hit.terms,
        highlights: highlightsFor(document, hit.fields, hit.terms),
      });
    }
    return results;
  }

  async flush(): Promise<void> {
    if (this.#cacheTimer) clearTimeout(this.#cacheTimer);
    this.#cacheTimer = null;
    if (!this.#index || !this.#dirty) return;
    this.#dirty = false;
    // Only a cache: if it cannot be written, the next start rebuilds what is missing.
    await saveSearchCache(this.#options.cacheFile, this.#index, this.#options.fs).catch(() => {
      this.#dirty = true;
    });
  }

  close(): void {
    if (this.#cacheTimer) clearTimeout(this.#cacheTimer);
    this.#cacheTimer = null;
  }

  async #load(): Promise<DraftSearchIndex> {
    const cached = this.#cacheUnusable ? null : await loadSearchCache(this.#options.cacheFile, this.#options.fs);
    let index = cached ?? DraftSearchIndex.empty();
    let changed = !cached;
    try {
      // Drafts may be saved while this runs: repeat until a pass finds nothing to do.
      while (await this.#catchUp(index)) changed = true;
    } catch (error) {
      if (!cached) throw error;
      // A damaged cache that MiniSearch loaded but cannot update: start from the drafts.
      index = DraftSearchIndex.empty();
      changed = true;
      while (await this.#catchUp(index));
    }
    this.#index = index;
    if (changed) this.#changed();
    return index;
  }

  async #catchUp(index: DraftSearchIndex): Promise<boolean> {
    const wanted = this.#options.versions();
    const indexed = index.versions();
    let changed = false;
    for (const id of [...indexed.keys()]) {
      if (!wanted.has(id)) {
        index.remove(id);
        changed = true;
      }
    }
    for (const [id, version] of wanted) {
      if (indexed.get(id) === version) continue;
      const document = await this.#options.readDocument(id);
      if (document) index.put(document, version);
      else index.remove(id);
      changed = true;
    }
    return changed;
  }

  /**
   * The searchable text of a result, remembered for the next query: typing a query runs
   * a search per keystroke, and the same drafts come back each time.
   */
  async #document(draftId: string): Promise<SearchDocument | null> {
    const version = this.#options.versionOf(draftId);
    const remembered = this.#recent.get(draftId);
    if (remembered && remembered.version === version) {
      this.#recent.delete(draftId);
      this.#recent.set(draftId, remembered);
      return remembered.document;
    }
    const document = await this.#options.readDocument(draftId);
    if (document && version) {
      this.#recent.set(draftId, { version, document });
      if (this.#recent.size > RECENT_DOCUMENTS) this.#recent.delete(this.#recent.keys().next().value!);
    }
    return document;
  }

  #changed(): void {
    this.#dirty = true;
    if (this.#cacheTimer) return;
    this.#cacheTimer = setTimeout(() => void this.flush(), this.#options.cacheDelayMs);
    this.#cacheTimer.unref();
  }
}
