// The full-text index over drafts as compact postings: each search term (normalized and
// stemmed, common/arabic/search-terms.ts) lists the ordinals of the drafts that hold it, each
// with a one-byte weight for ranking. No draft text is kept, so 10,000 drafts take a few MB;
// results are highlighted from the draft itself (draft-search.ts). Drafts indexed since the
// last compaction sit in a small growable part beside the compacted one.
import { searchTermsIn } from '../../../../common/arabic/search-terms.ts';
import type { SearchDocument } from './search-document.ts';
import { AddedTerms } from './added-terms.ts';
import { ByteWriter } from './byte-writer.ts';
import { WEIGHT_SCALE } from './term-weigher.ts';
import type { WeighedDrafts } from './weighed-drafts.ts';

export interface IndexHit {
  id: string;
  score: number;
  /** Index terms that matched in this draft (normalized and stemmed). */
  terms: string[];
}

/** The compacted part: sorted terms, and per term its postings as varint ordinal gaps and weight bytes. */
export interface CompactPostings {
  terms: string[];
  /** offsets[i]..offsets[i + 1] are term i's bytes in `postings`. */
  offsets: Uint32Array;
  /** How many drafts each term is in. */
  counts: Uint32Array;
  postings: Uint8Array;
}

/** A draft the index holds: its id and the version (updatedAt) it was indexed at. */
export interface IndexedDraft {
  id: string;
  version: string;
}

export class CorruptIndexError extends Error {}

/** The last word of a query matches as a prefix once it has this many letters (it may still be being typed). */
const PREFIX_MIN_LENGTH = 3;
const PREFIX_FACTOR = 0.375;
const MAX_QUERY_TERMS = 32;

export class CompactIndex {
  #drafts: (IndexedDraft | null)[];
  readonly #ordinalOf = new Map<string, number>();
  #live = 0;
  #base: CompactPostings;
  #added = new AddedTerms();

  private constructor(drafts: IndexedDraft[], base: CompactPostings) {
    this.#drafts = drafts;
    drafts.forEach((draft, ordinal) => this.#ordinalOf.set(draft.id, ordinal));
    this.#live = drafts.length;
    this.#base = base;
  }

  static empty(): CompactIndex {
    return new CompactIndex([], {
      terms: [],
      offsets: new Uint32Array(1),
      counts: new Uint32Array(0),
      postings: new Uint8Array(0),
    });
  }

  /** An index made of parts read back from disk; checked enough that searching it cannot go out of bounds. */
  static fromParts(drafts: IndexedDraft[], base: CompactPostings): CompactIndex {
    const { terms, offsets, counts, postings } = base;
    if (offsets.length !== terms.length + 1 || counts.length !== terms.length || offsets[0] !== 0)
      throw new CorruptIndexError('sizes');
    if (offsets[terms.length] !== postings.length) throw new CorruptIndexError('postings length');
    for (let index = 0; index < terms.length; index += 1) {
      if (offsets[index + 1] < offsets[index] || counts[index] > drafts.length)
        throw new CorruptIndexError('offsets');
      if (index > 0 && !(terms[index - 1] < terms[index]))
        throw new CorruptIndexError('term order');
    }
    if (new Set(drafts.map((draft) => draft.id)).size !== drafts.length)
      throw new CorruptIndexError('duplicate draft');
    return new CompactIndex(drafts, base);
  }

  /** The drafts indexed, each with the version indexed. */
  versions(): Map<string, string> {
    const versions = new Map<string, string>();
    for (const draft of this.#drafts) if (draft) versions.set(draft.id, draft.version);
    return versions;
  }

  /** The version indexed for `id`, if it is indexed. */
  versionOf(id: string): string | undefined {
    const ordinal = this.#ordinalOf.get(id);
    return ordinal === undefined ? undefined : this.#drafts[ordinal]?.version;
  }

  get size(): number {
    return this.#live;
  }

  put(document: SearchDocument, version: string): void {
    this.#added.add(document, this.#newOrdinals([{ id: document.id, version }])[0]);
  }

  /** Puts drafts weighed elsewhere (a reading worker): each is the draft numbered `position` in `weighed`, in rising order. */
  putWeighed(
    drafts: readonly (IndexedDraft & { position: number })[],
    weighed: WeighedDrafts,
  ): void {
    const ordinals = new Int32Array(weighed.count).fill(-1);
    this.#newOrdinals(drafts).forEach((ordinal, index) => {
      ordinals[drafts[index].position] = ordinal;
    });
    this.#added.addWeighed(weighed, ordinals);
  }

  remove(id: string): void {
    const ordinal = this.#ordinalOf.get(id);
    if (ordinal === undefined) return;
    this.#drafts[ordinal] = null;
    this.#ordinalOf.delete(id);
    this.#live -= 1;
  }

  /** Drafts holding every word of the query (the last one also as a prefix), best first. */
  search(query: string): IndexHit[] {
    const queryTerms = [...new Set(searchTermsIn(query))].slice(0, MAX_QUERY_TERMS);
    if (queryTerms.length === 0) return [];
    const count = this.#drafts.length;
    const scores = new Float64Array(count);
    const groupsMatched = new Uint8Array(count);
    const prefixMatches = new Map<number, string[]>();
    queryTerms.forEach((queryTerm, position) => {
      const isPrefix = position === queryTerms.length - 1 && queryTerm.length >= PREFIX_MIN_LENGTH;
      const terms = isPrefix ? this.#termsStartingWith(queryTerm) : [queryTerm];
      const inGroup = new Uint8Array(count);
      for (const term of terms) {
        const factor = term === queryTerm ? 1 : PREFIX_FACTOR;
        const idf = this.#idf(term);
        this.#forEachPosting(term, (ordinal, weight) => {
          if (this.#drafts[ordinal] === null) return;
          scores[ordinal] += (factor * idf * weight) / WEIGHT_SCALE;
          if (inGroup[ordinal] === 0) {
            inGroup[ordinal] = 1;
            groupsMatched[ordinal] += 1;
          }
          if (isPrefix) {
            const matched = prefixMatches.get(ordinal);
            if (matched) matched.push(term);
            else prefixMatches.set(ordinal, [term]);
          }
        });
      }
    });
    const exact = queryTerms.slice(0, -1);
    const last = queryTerms[queryTerms.length - 1];
    const hits: IndexHit[] = [];
    for (let ordinal = 0; ordinal < count; ordinal += 1) {
      if (groupsMatched[ordinal] !== queryTerms.length) continue;
      const draft = this.#drafts[ordinal]!;
      hits.push({
        id: draft.id,
        score: scores[ordinal],
        terms: [...exact, ...(prefixMatches.get(ordinal) ?? [last])],
      });
    }
    return hits.sort((a, b) => b.score - a.score);
  }

  /**
   * Folds the drafts indexed since the last compaction into the compact part and drops
   * removed drafts, renumbering the rest; returns the parts to write to disk.
   */
  compact(): { drafts: IndexedDraft[]; base: CompactPostings } {
    const renumbered = new Int32Array(this.#drafts.length).fill(-1);
    const drafts: IndexedDraft[] = [];
    this.#drafts.forEach((draft, ordinal) => {
      if (!draft) return;
      renumbered[ordinal] = drafts.length;
      drafts.push(draft);
    });
    const terms = [...new Set([...this.#base.terms, ...this.#added.terms])].sort(compareTerms);
    const writer = new ByteWriter(this.#base.postings.length + this.#added.size * 8);
    const offsets = new Uint32Array(terms.length + 1);
    const counts = new Uint32Array(terms.length);
    let kept = 0;
    const keptTerms: string[] = [];
    for (const term of terms) {
      const start = writer.length;
      let previous = -1;
      let termCount = 0;
      // Old ordinals in the compact part all come before those added since: the merged list stays sorted.
      this.#forEachPosting(term, (ordinal, weight) => {
        const next = renumbered[ordinal];
        if (next < 0) return;
        writer.varint(next - previous - 1);
        writer.byte(weight);
        previous = next;
        termCount += 1;
      });
      if (termCount === 0) continue;
      offsets[kept] = start;
      counts[kept] = termCount;
      keptTerms.push(term);
      kept += 1;
      offsets[kept] = writer.length;
    }
    const base: CompactPostings = {
      terms: keptTerms,
      offsets: offsets.slice(0, kept + 1),
      counts: counts.slice(0, kept),
      postings: writer.bytes(),
    };
    this.#drafts = drafts;
    this.#ordinalOf.clear();
    drafts.forEach((draft, ordinal) => this.#ordinalOf.set(draft.id, ordinal));
    this.#live = drafts.length;
    this.#base = base;
    this.#added = new AddedTerms();
    return { drafts, base };
  }

  /** Numbers the drafts after the last one, in place of what was indexed of them before. */
  #newOrdinals(drafts: readonly IndexedDraft[]): number[] {
    for (const { id } of drafts) this.remove(id);
    // Ordinals are packed with the weight into 32 bits.
    if (this.#drafts.length + drafts.length > 1 << 24) this.compact();
    return drafts.map(({ id, version }) => {
      const ordinal = this.#drafts.length;
      this.#drafts.push({ id, version });
      this.#ordinalOf.set(id, ordinal);
      this.#live += 1;
      return ordinal;
    });
  }

  #idf(term: string): number {
    const position = this.#basePosition(term);
    const frequency =
      (position < 0 ? 0 : this.#base.counts[position]) +
      (this.#added.postingsOf(term)?.length ?? 0);
    return Math.log(1 + (this.#live - frequency + 0.5) / (frequency + 0.5));
  }

  #forEachPosting(term: string, visit: (ordinal: number, weight: number) => void): void {
    const position = this.#basePosition(term);
    if (position >= 0) {
      const { postings, offsets } = this.#base;
      const end = offsets[position + 1];
      const draftCount = this.#drafts.length;
      let at = offsets[position];
      let ordinal = -1;
      while (at < end) {
        let gap = 0;
        let shift = 0;
        let byte: number;
        do {
          if (at >= end || shift > 28) throw new CorruptIndexError('varint');
          byte = postings[at];
          at += 1;
          gap |= (byte & 0x7f) << shift;
          shift += 7;
        } while (byte & 0x80);
        ordinal += gap + 1;
        if (at >= end || ordinal >= draftCount) throw new CorruptIndexError('posting');
        visit(ordinal, postings[at]);
        at += 1;
      }
    }
    const added = this.#added.postingsOf(term);
    if (added)
      for (let index = 0; index < added.length; index += 1)
        visit(added.items[index] >>> 8, added.items[index] & 0xff);
  }

  #basePosition(term: string): number {
    const { terms } = this.#base;
    let low = 0;
    let high = terms.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (terms[middle] === term) return middle;
      if (terms[middle] < term) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  #termsStartingWith(prefix: string): string[] {
    const { terms } = this.#base;
    let low = 0;
    let high = terms.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (terms[middle] < prefix) low = middle + 1;
      else high = middle;
    }
    const found = new Set<string>();
    for (let index = low; index < terms.length && terms[index].startsWith(prefix); index += 1)
      found.add(terms[index]);
    for (const term of this.#added.terms) if (term.startsWith(prefix)) found.add(term);
    return [...found];
  }
}

function compareTerms(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
