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

/** The index term of one word, or null when nothing searchable is left (only marks). */
export function searchTermOf(word: string): string | null {
  const normalized = normalizeArabic(word).toLowerCase();
  if (normalized.length === 0) return null;
  return stemArabicWord(normalized);
}

export interface MatchRange {
  start: number;
  end: number;
}

/** Where in the original text the words whose term is one of `terms` stand. */
export function findMatchRanges(text: string, terms: ReadonlySet<string>): MatchRange[] {
  const ranges: MatchRange[] = [];
  for (const word of splitWords(text)) {
    const term = searchTermOf(word.text);
    if (term !== null && terms.has(term)) ranges.push({ start: word.start, end: word.end });
  }
  return ranges;
}
