// How text becomes search terms, shared by the index and by highlighting: split into
// words (harakat, tatweel and format controls stay inside a word, so they cannot split
// it), then normalize, lower-case and lightly stem each word.
import { normalizeArabic, stemArabicWord } from './normalize.ts';

export interface WordSpan {
  text: string;
  start: number;
  end: number;
}

// Letters, marks, digits, tatweel and invisible format characters make up a word.
const WORD = /[\p{L}\p{M}\p{N}\p{Cf}\u0640]+/gu;

export function splitWords(text: string): WordSpan[] {
  const words: WordSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    words.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return words;
}

// Words repeat (a few are most of any text), so each word's term is worked out once.
const MEMO_LIMIT = 100_000;
const memo = new Map<string, string | null>();

/** The index term of one word, or null when nothing searchable is left (only marks). */
export function searchTermOf(word: string): string | null {
  let term = memo.get(word);
  if (term !== undefined) return term;
  const normalized = normalizeArabic(word).toLowerCase();
  term = normalized.length === 0 ? null : stemArabicWord(normalized);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, term);
  return term;
}

/** The index terms of a text's words in order, words with nothing searchable left out. */
export function searchTermsIn(text: string): string[] {
  const terms: string[] = [];
  forEachSearchTerm(text, (term) => terms.push(term));
  return terms;
}

// What each UTF-16 unit is, as WORD has it: indexing a library scans millions of words, and a
// table lookup allocates nothing where a regex match makes an array per word. Made on first use.
const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}\p{Cf}\u0640]$/u;
const NOT_WORD = 0;
const WORD_UNIT = 1;
/** Half of a surrogate pair: the pair decides. */
const SURROGATE = 2;
let wordUnits: Uint8Array | null = null;

function wordUnitTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit += 1) {
    if (unit >= 0xd800 && unit <= 0xdfff) table[unit] = SURROGATE;
    else if (WORD_CHARACTER.test(String.fromCharCode(unit))) table[unit] = WORD_UNIT;
  }
  return table;
}

/** How many units the word character at `index` takes (2 for a pair), or 0 when it is none. */
function wordUnitsAt(text: string, index: number, table: Uint8Array): number {
  const kind = table[text.charCodeAt(index)];
  if (kind !== SURROGATE) return kind;
  const pair = text.slice(index, index + 2);
  return pair.length === 2 && WORD_CHARACTER.test(pair) ? 2 : NOT_WORD;
}

/** Calls `visit` with the index term of each word (as splitWords finds them) in order; returns how many there were. */
export function forEachSearchTerm(text: string, visit: (term: string) => void): number {
  let count = 0;
  forEachWord(text, (word) => {
    const term = searchTermOf(word);
    if (term === null) return;
    visit(term);
    count += 1;
  });
  return count;
}

/** Calls `visit` with each word of `text` as splitWords finds it, in order, without working out its term. */
export function forEachWord(text: string, visit: (word: string) => void): void {
  forEachWordSpan(text, (start, end) => visit(text.slice(start, end)));
}

/**
 * Calls `visit` with where each word of `text` starts and ends, in order, and a hash of its
 * UTF-16 units (FNV-1a, 32 bits) taken on the same pass: a caller that looks words up in a
 * table of its own copies none.
 */
export function forEachWordSpan(
  text: string,
  visit: (start: number, end: number, hash: number) => void,
): void {
  const table = (wordUnits ??= wordUnitTable());
  const length = text.length;
  let index = 0;
  while (index < length) {
    let units = wordUnitsAt(text, index, table);
    if (units === NOT_WORD) {
      index += 1;
      continue;
    }
    const start = index;
    let hash = FNV_OFFSET;
    do {
      hash = Math.imul(hash ^ text.charCodeAt(index), FNV_PRIME);
      if (units === 2) hash = Math.imul(hash ^ text.charCodeAt(index + 1), FNV_PRIME);
      index += units;
      units = index < length ? wordUnitsAt(text, index, table) : NOT_WORD;
    } while (units !== NOT_WORD);
    visit(start, index, hash);
  }
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

export interface MatchRange {
  start: number;
  end: number;
}

/** Where in the original text the words whose term is one of `terms` stand. */
export function findMatchRanges(
  text: string,
  terms: ReadonlySet<string>,
  from = 0,
  to = text.length,
): MatchRange[] {
  const ranges: MatchRange[] = [];
  for (const range of matchesIn(text, terms, from)) {
    if (range.end > to) break;
    ranges.push(range);
  }
  return ranges;
}

/** The first match at or after `from`, without looking at the rest of a long text. */
export function findFirstMatch(
  text: string,
  terms: ReadonlySet<string>,
  from = 0,
): MatchRange | null {
  for (const range of matchesIn(text, terms, from)) return range;
  return null;
}

function* matchesIn(text: string, terms: ReadonlySet<string>, from: number): Generator<MatchRange> {
  const pattern = new RegExp(WORD.source, 'gu');
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const term = searchTermOf(match[0]);
    if (term !== null && terms.has(term))
      yield { start: match.index, end: match.index + match[0].length };
  }
}
