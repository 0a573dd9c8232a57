// The words of a block's text as the spellchecker sees them: where each is, which
// dictionary it belongs to (by its letters' script), and the form looked up. Harakat and
// tatweel are dropped before lookup, so كَتَبَ and كتـب are checked as كتب; hamza forms and
// ة are kept, since they are exactly what a misspelling is often about.
import { ARABIC_LETTER, ARABIC_MARK, TATWEEL } from '../house-style/characters.ts';

export type SpellingLanguage = 'ar' | 'en';

export interface SpellingWord {
  /** UTF-16 offsets in the block's text: [start, end). */
  readonly start: number;
  readonly end: number;
  /** The word as written. */
  readonly text: string;
  readonly language: SpellingLanguage;
  /** What the dictionary is asked about. */
  readonly key: string;
}

/** Letters and marks, with an apostrophe inside a Latin word (don't, O'Brien) kept in it. */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
/** Addresses, e-mails, handles and hashtags are not words of the language. */
const NOT_PROSE = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|[@#][\p{L}\p{M}\p{N}_]+/gu;
const DIGIT = /\p{N}/u;
const LATIN_WORD = /^[\p{Script=Latin}\p{M}'’]+$/u;
const UPPERCASE = /^[\p{Lu}'’]+$/u;
const MARKS_AND_TATWEEL = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/gu;
const HAS_MARK_OR_TATWEEL = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/u;
/** One test a word (a hot path: every word of the article): Arabic letters, marks and tatweel only. */
const ARABIC_WORD = new RegExp(
  `^(?:${ARABIC_LETTER.source}|${ARABIC_MARK.source}|${TATWEEL})+$`,
  'u',
);

/** The form a dictionary is asked about; null where the word is left alone. */
export function lookupForm(word: string): { language: SpellingLanguage; key: string } | null {
  // A number, or a word with digits in it (COVID-19's 19, G20, ٢٠٢٤م), is not spelt.
  if (DIGIT.test(word)) return null;
  if (ARABIC_WORD.test(word)) {
    const key = HAS_MARK_OR_TATWEEL.test(word) ? word.replace(MARKS_AND_TATWEEL, '') : word;
    // A lone letter (و، ب) is a clitic split off by a typing slip or a list label.
    return key.length >= 2 ? { language: 'ar', key } : null;
  }
  if (LATIN_WORD.test(word)) {
    // Acronyms in capitals (NATO, UNRWA) are names the dictionary rarely has; one letter is a label.
    if (word.length < 2 || UPPERCASE.test(word)) return null;
    return { language: 'en', key: word.replace(/’/gu, "'") };
  }
  // Mixed scripts (Arabic with Latin letters) or another script altogether: no dictionary for it.
  return null;
}

/** The words of `text` that a dictionary can check, in order. */
export function spellingWords(text: string): SpellingWord[] {
  const skipped: Array<[number, number]> = [];
  for (const match of text.matchAll(NOT_PROSE))
    skipped.push([match.index, match.index + match[0].length]);
  const words: SpellingWord[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const end = start + match[0].length;
    if (skipped.some(([from, to]) => start < to && from < end)) continue;
    const form = lookupForm(match[0]);
    if (form) words.push({ start, end, text: match[0], ...form });
  }
  return words;
}
