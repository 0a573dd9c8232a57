// The character classes the house-style rules share: what counts as an Arabic letter, a
// mark on it, a digit of each system. Kept in one place so the rules agree.

/** Arabic letters (not digits, punctuation or marks), Persian and Urdu ones included. */
export const ARABIC_LETTER =
  /[\u0620-\u063F\u0641-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF]/u;
/** Harakat, superscript alef, Quranic marks: they sit on a letter. */
export const ARABIC_MARK = /[\u064B-\u065F\u0670\u06D6-\u06ED]/u;
export const TATWEEL = '\u0640';

/** True for an Arabic letter, a mark on one, or tatweel: what an Arabic word is made of. */
export function isArabicWordChar(char: string | undefined): boolean {
  return (
    char !== undefined && (ARABIC_LETTER.test(char) || ARABIC_MARK.test(char) || char === TATWEEL)
  );
}

export function hasArabicLetter(text: string): boolean {
  return ARABIC_LETTER.test(text);
}

const MARKS_AND_TATWEEL = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/gu;
const NEEDS_FOLDING = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\p{Lu}\p{Lt}]/u;

/**
 * A word as the checker compares it: without harakat and tatweel, so كَتَبَ matches كتب.
 * Unlike normalizeArabic it keeps hamza forms and ة: a word list may be about exactly those.
 */
export function comparableWord(word: string): string {
  // Most words have nothing to drop or lower: skip the two string copies (a hot path).
  if (!NEEDS_FOLDING.test(word)) return word;
  return word.replace(MARKS_AND_TATWEEL, '').toLowerCase();
}

/** Words: runs of letters, marks and digits (tatweel is a letter to Unicode). */
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;
