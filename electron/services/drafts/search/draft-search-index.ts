// The full-text index over drafts: MiniSearch with our Arabic tokenizer and normalizer
// (common/arabic/search-terms.ts), plus the draft version (updatedAt) each entry was
// built from, so a cached index can be checked against the library and brought up to date.
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import type { SearchField } from '../../../contract.ts';
import { searchTermOf, splitWords } from '../../../../common/arabic/search-terms.ts';
import { SEARCH_FIELDS, type SearchDocument } from './search-document.ts';

export interface IndexHit {
  id: string;
  score: number;
  /** Index terms that matched (normalized and stemmed). */
  terms: string[];
  fields: SearchField[];
}

const OPTIONS: Options<SearchDocument> = {
  fields: [...SEARCH_FIELDS],
  tokenize: (text: string) => splitWords(text).map((word) => word.text),
  processTerm: (term: string) => searchTermOf(term),
  searchOptions: {
    combineWith: 'AND',
    boost: { headline: 3, tags: 2, kicker: 1.5, section: 1.5 },
    // The last word may still be being typed: let it match as a prefix once it says enough.
    prefix: (term: string, index: number, terms: string[]) => index === terms.length - 1 && term.length >= 3,
  },
};

export class DraftSearchIndex {
  readonly #index: MiniSearch<SearchDocument>;
  readonly #versions: Map<string, string>;

  private constructor(index: MiniSearch<SearchDocument>, versions: Map<string, string>) {
    this.#index = index;
    this.#versions = versions;
  }

  static empty(): DraftSearchIndex {
    return new DraftSearchIndex(new MiniSearch<SearchDocument>(OPTIONS), new Map());
  }

  static fromPlainObject(index: AsPlainObject, versions: Record<string, string>): DraftSearchIndex {
    return new DraftSearchIndex(MiniSearch.loadJS<SearchDocument>(index, OPTIONS), new Map(Object.entries(versions)));
  }

  /** The draft version indexed for each id. */
  versions(): ReadonlyMap<string, string> {
    return this.#versions;
  }

  put(document: SearchDocument, version: string): void {
    if (this.#index.has(document.id)) this.#index.discard(document.id);
    this.#index.add(document);
    this.#versions.set(document.id, version);
  }

  remove(id: string): void {
    if (this.#index.has(id)) this.#index.discard(id);
    this.#versions.delete(id);
  }

  search(query: string): IndexHit[] {
    return this.#index.search(query).map((result) => ({
      id: String(result.id),
      score: result.score,
      terms: result.terms,
      fields: [...new Set(Object.values(result.match).flat())] as SearchField[],
    }));
  }

  toPlainObject(): { index: AsPlainObject; versions: Record<string, string> } {
    return { index: this.#index.toJSON(), versions: Object.fromEntries(this.#versions) };
  }
}
