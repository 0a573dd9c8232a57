// Arabic search normalization exactly as tests/unit/common/arabic/normalize.test.ts checks it, applied
// alike to what is indexed and to what is typed, so spelling variants meet. Pure: no platform.
import { toWesternDigits } from './digits.ts';

// Harakat, superscript alef, Quranic marks, tatweel, and bidi/format controls.
const IGNORED_MARKS =
  /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069]/gu;
// آ أ إ ٱ all read as a bare alef for search; ؤ ئ ء stay (Lucene keeps them too).
const ALEF_VARIANTS = /[\u0622\u0623\u0625\u0671]/gu;
// Basic Arabic letters except the folded ones (آ أ إ ة ى), and ASCII letters and digits:
// NFKC leaves them as they are and no rule below applies.
const ALREADY_NORMAL = /^[A-Za-z0-9\u0621\u0624\u0626-\u0628\u062A-\u063A\u0641-\u0648\u064A]*$/u;

/**
 * NFKC first (ﻻ → لا, and a decomposed ا + U+0654 back to أ before marks are removed);
 * never NFD-and-strip, which would fold ؤ ئ into و ي.
 */
export function normalizeArabic(text: string): string {
  // Most words are already plain letters or digits: nothing to do, and indexing is hot.
  if (ALREADY_NORMAL.test(text)) return text;
  return toWesternDigits(
    text
      .normalize('NFKC')
      .replace(IGNORED_MARKS, '')
      .replace(ALEF_VARIANTS, 'ا')
      .replaceAll('ى', 'ي')
      .replaceAll('ة', 'ه'),
  );
}

// Lucene ArabicStemmer's lists, in its order; ة is already folded to ه by normalizeArabic.
const PREFIXES = ['ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'و'];
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'ه', 'ة', 'ي'];

/**
 * Light stemming of one normalized word: at most one prefix, then each
 * suffix in turn, never leaving fewer than two letters (a lone و needs three after it).
 */
export function stemArabicWord(word: string): string {
  let stem = word;
  for (const prefix of PREFIXES) {
    const minimumLength = prefix.length === 1 ? 4 : prefix.length + 2;
    if (stem.length >= minimumLength && stem.startsWith(prefix)) {
      stem = stem.slice(prefix.length);
      break;
    }
  }
  for (const suffix of SUFFIXES) {
    if (stem.length >= suffix.length + 2 && stem.endsWith(suffix))
      stem = stem.slice(0, -suffix.length);
  }
  return stem;
}
