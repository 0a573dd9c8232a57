// Search over the library: the compact index is loaded from its cache when the library opens,
// kept current on every write, and brought up to date against the drafts' versions (id +
// updatedAt) once the list is whole. Until then it answers from the drafts it holds, and says
// how many that is. Results carry what the UI needs to highlight: matched terms and ranges in
// the original text, read from the draft itself.
import type { SearchResult } from '../../../contract/index.ts';
import type { FileSystem } from '../../files/file-system.ts';
import { CompactIndex } from './compact-index.ts';
import { highlightsFor } from './highlights.ts';
import { loadSearchCache, saveSearchCache } from './search-cache.ts';
import { SEARCH_FIELDS, type SearchDocument } from './search-document.ts';
import type { WeighedDrafts } from './weighed-drafts.ts';

const RECENT_DOCUMENTS = 100;

export interface DraftSearchOptions {
  cacheFile: string;
  fs: FileSystem;
  cacheDelayMs: number;
  /** The version (updatedAt) of every draft in the library now. */
  versions: () => ReadonlyMap<string, string>;
  versionOf: (draftId: string) => string | undefined;
  readDocument: (draftId: string) => Promise<SearchDocument | null>;
}

export interface SearchAnswer {
  results: SearchResult[];
  /** Drafts the index held when it answered. */
  searched: number;
}

export class DraftSearch {
  readonly #options: DraftSearchOptions;
  #index = CompactIndex.empty();
  #dirty = false;
  #cacheTimer: NodeJS.Timeout | null = null;
  #catchingUp: Promise<void> | null = null;
  #stopped = false;
  /** Least recently used first. */
  readonly #recent = new Map<string, { version: string; document: SearchDocument }>();

  constructor(options: DraftSearchOptions) {
    this.#options = options;
  }

  /** Reads the cached index; without a usable one, starts empty (the drafts fill it as they are read). */
  async load(): Promise<void> {
    const cached = await loadSearchCache(this.#options.cacheFile, this.#options.fs);
    this.#index = cached ?? CompactIndex.empty();
    if (!cached) this.#changed();
  }

  /** Drafts the index holds now. */
  get size(): number {
    return this.#index.size;
  }

  indexedVersion(draftId: string): string | undefined {
    return this.#index.versionOf(draftId);
  }

  /** Drafts of the library not in the index at their present version: what catching up would read. */
  behind(): number {
    let behind = 0;
    for (const [id, version] of this.#options.versions())
      if (this.#index.versionOf(id) !== version) behind += 1;
    return behind;
  }

  put(document: SearchDocument, version: string): void {
    this.#index.put(document, version);
    this.#changed();
  }

  /** Takes drafts weighed by a reading worker: each at its `position` of `weighed`, at its `version`. */
  putWeighed(
    drafts: readonly { id: string; version: string; position: number }[],
    weighed: WeighedDrafts,
  ): void {
    if (drafts.length === 0) return;
    this.#index.putWeighed(drafts, weighed);
    this.#changed();
  }

  remove(draftId: string): void {
    this.#index.remove(draftId);
    this.#changed();
  }

  /**
   * Brings the index in line with the library's whole list: drops what is gone or changed, reads
   * what is missing. Call once the list is whole; searches meanwhile answer from what is indexed.
   */
  catchUp(): Promise<void> {
    this.#catchingUp ??= this.#catchUp().finally(() => {
      this.#catchingUp = null;
    });
    return this.#catchingUp;
  }

  async search(query: string, limit: number): Promise<SearchAnswer> {
    if (query.trim().length === 0) return { results: [], searched: this.#index.size };
    let hits;
    try {
      hits = this.#index.search(query);
    } catch {
      // Postings that do not decode (a cache damaged in a way its checks missed): rebuild from the drafts.
      this.#index = CompactIndex.empty();
      this.#changed();
      await this.catchUp();
      hits = this.#index.search(query);
    }
    const searched = this.#index.size;
    const results: SearchResult[] = [];
    let next = 0;
    while (results.length < limit && next < hits.length) {
      // The drafts to highlight are read side by side; one that cannot be read gives way to the next hit.
      const batch = hits.slice(next, next + limit - results.length);
      next += batch.length;
      const documents = await Promise.all(batch.map((hit) => this.#document(hit.id)));
      batch.forEach((hit, index) => {
        const document = documents[index];
        if (!document) return;
        results.push({
          draftId: hit.id,
          score: hit.score,
          matchedTerms: hit.terms,
          highlights: highlightsFor(document, SEARCH_FIELDS, hit.terms),
        });
      });
    }
    return { results, searched };
  }

  async flush(): Promise<void> {
    if (this.#cacheTimer) clearTimeout(this.#cacheTimer);
    this.#cacheTimer = null;
    if (!this.#dirty) return;
    this.#dirty = false;
    // Only a cache: if it cannot be written, the next start rebuilds what is missing.
    await saveSearchCache(this.#options.cacheFile, this.#index.compact(), this.#options.fs).catch(
      () => {
        this.#dirty = true;
      },
    );
  }

  /** Folds what was indexed since the last compaction into the compact postings (after a bulk read). */
  compact(): void {
    this.#index.compact();
  }

  /** Stops catching up (the next start goes on from the saved cache) and the cache timer. */
  close(): void {
    this.#stopped = true;
    if (this.#cacheTimer) clearTimeout(this.#cacheTimer);
    this.#cacheTimer = null;
  }

  async #catchUp(): Promise<void> {
    const unreadable = new Map<string, string>();
    // Drafts may be saved while this runs: repeat until a pass finds nothing to do.
    while (!this.#stopped) {
      const wanted = this.#options.versions();
      const indexed = this.#index.versions();
      let changed = false;
      for (const [id, version] of indexed) {
        if (wanted.get(id) !== version) {
          this.#index.remove(id);
          changed = true;
        }
      }
      for (const [id, version] of wanted) {
        if (this.#stopped) break;
        if (indexed.get(id) === version || unreadable.get(id) === version) continue;
        // A draft that cannot be read now is left out (the list reports it), not a reason to stop.
        const document = await this.#options.readDocument(id).catch(() => null);
        // Saved meanwhile: the save already put the newer version in.
        if (this.#options.versionOf(id) !== version) continue;
        if (document) this.#index.put(document, version);
        else unreadable.set(id, version);
        changed = true;
      }
      if (!changed || this.#stopped) return;
      this.#index.compact();
      this.#changed();
    }
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
      if (this.#recent.size > RECENT_DOCUMENTS)
        this.#recent.delete(this.#recent.keys().next().value!);
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
