// Counting an article the way an Arabic newsroom counts it:
// words by Intl.Segmenter (clitics stay one word, Arabic-Indic digits count), a URL or
// an e-mail address as one word, characters as user-perceived characters. Pure: no DOM.

export interface TextCounts {
  words: number;
  characters: number;
}

// Links and addresses are one word to a reader, though the segmenter splits them at '/' '.' '@'.
const ADDRESS_PATTERN = /(?:https?:\/\/|mailto:|www\.)\S+|[^\s@]+@[^\s@]+\.[^\s@]+/giu;
const LINE_BREAKS = /[\r\n]/gu;

// Made when first used: each loads ICU's break rules (several ms), which the app's start
// should not wait for.
let wordSegmenter: Intl.Segmenter | null = null;
let graphemeSegmenter: Intl.Segmenter | null = null;

// Plain Arabic and Latin prose (letters, harakat, digits, spaces, common punctuation) needs no
// segmenter: its words are the runs of letters and digits, harakat belonging to the letter
// before them. Counting a library's 10,000 drafts at its first start takes seconds with the
// segmenter, a fraction of one without. Checked against the segmenter by a property test.
const LETTER_OR_DIGIT = 1;
const HARAKA = 2;
const SPACE = 3;
/** Punctuation that breaks words, unless it stands between two word characters (2.5, a:b): the segmenter decides those. */
const PUNCTUATION = 4;
const CLASSES = new Uint8Array(0x0700);
for (let code = 0x30; code <= 0x39; code += 1) CLASSES[code] = LETTER_OR_DIGIT;
for (let code = 0x41; code <= 0x5a; code += 1) CLASSES[code] = LETTER_OR_DIGIT;
for (let code = 0x61; code <= 0x7a; code += 1) CLASSES[code] = LETTER_OR_DIGIT;
for (let code = 0x0621; code <= 0x063a; code += 1) CLASSES[code] = LETTER_OR_DIGIT;
for (let code = 0x0641; code <= 0x064a; code += 1) CLASSES[code] = LETTER_OR_DIGIT;
for (let code = 0x064b; code <= 0x065f; code += 1) CLASSES[code] = HARAKA;
CLASSES[0x0670] = HARAKA;
for (let code = 0x0660; code <= 0x0669; code += 1) CLASSES[code] = LETTER_OR_DIGIT;
for (let code = 0x06f0; code <= 0x06f9; code += 1) CLASSES[code] = LETTER_OR_DIGIT;
CLASSES[0x20] = SPACE;
CLASSES[0x0a] = SPACE;
for (const mark of '!?()«»"-؟؛.,:;،') CLASSES[mark.charCodeAt(0)] = PUNCTUATION;

/** The segmenter's count for plain prose, or null when the text needs the segmenter. */
function countPlainProseWords(text: string): number | null {
  let words = 0;
  let previous = SPACE;
  let punctuationAfterWord = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const kind = code < 0x0700 ? CLASSES[code] : 0;
    if (kind === 0) return null;
    const inWord = kind === LETTER_OR_DIGIT || kind === HARAKA;
    if (inWord && punctuationAfterWord) return null;
    if (kind === LETTER_OR_DIGIT && previous !== LETTER_OR_DIGIT && previous !== HARAKA) words += 1;
    punctuationAfterWord =
      kind === PUNCTUATION && (previous === LETTER_OR_DIGIT || previous === HARAKA);
    // A haraka after a space or punctuation belongs to it, not to a word.
    previous =
      kind === HARAKA && previous !== LETTER_OR_DIGIT && previous !== HARAKA ? SPACE : kind;
  }
  return words;
}

export function countWords(text: string): number {
  const plain = countPlainProseWords(text);
  if (plain !== null) return plain;
  let addresses = 0;
  const rest = text.replace(ADDRESS_PATTERN, () => {
    addresses += 1;
    return ' ';
  });
  // A blank text (a new draft's) has no words: no reason to load the segmenter, which
  // costs the web host 10-20 ms when it opens an empty library's first draft.
  if (rest.trim() === '') return addresses;
  let words = 0;
  wordSegmenter ??= new Intl.Segmenter('ar', { granularity: 'word' });
  for (const segment of wordSegmenter.segment(rest)) {
    if (segment.isWordLike) words += 1;
  }
  return addresses + words;
}

// Arabic, Latin and the punctuation, digits and spaces they share, without emoji, regional
// flags, or format and control characters (joiners, bidi marks, and the Arabic signs such as
// U+0600 that attach to what follows):
// in such text every user-perceived character is one code point that is not a combining mark.
// Asked as "is any character outside them": `^[…]*$` over megabytes overflows the regex engine's stack.
const OUTSIDE_SIMPLE_SCRIPTS =
  /[^\p{Script=Arabic}\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
const COMPLEX_CLUSTERS = /[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Cf}\p{Cc}]/u;
const COMBINING_MARK_AT_START = /^\p{M}/u;
const COMBINING_MARKS = /\p{M}/gu;
const ASTRAL_CODE_POINT = /[\u{10000}-\u{10FFFF}]/gu;

/** Characters as a reader sees them: a letter with its harakat is one; line breaks are none. */
export function countCharacters(text: string): number {
  const lines = text.replace(LINE_BREAKS, '');
  // The segmenter's first use loads ICU's break rules: ~40 ms measured when the headline's
  // meter first drew at start. Plain Arabic or Latin text gives the same count without it.
  if (
    !OUTSIDE_SIMPLE_SCRIPTS.test(lines) &&
    !COMPLEX_CLUSTERS.test(lines) &&
    !COMBINING_MARK_AT_START.test(lines)
  ) {
    return countNotMarks(lines);
  }
  return countGraphemes(lines);
}

/** Code points that are not marks, without `match` building an array of every character (seconds for 50 MB). */
function countNotMarks(text: string): number {
  const letters = text.replace(COMBINING_MARKS, '');
  // An astral code point is two UTF-16 units of `length`; in Arabic and Latin text they are rare.
  const pairs = letters.match(ASTRAL_CODE_POINT)?.length ?? 0;
  return letters.length - pairs;
}

function countGraphemes(text: string): number {
  let characters = 0;
  graphemeSegmenter ??= new Intl.Segmenter('ar', { granularity: 'grapheme' });
  for (const segment of graphemeSegmenter.segment(text)) {
    if (segment.segment) characters += 1;
  }
  return characters;
}

export function countText(text: string): TextCounts {
  return { words: countWords(text), characters: countCharacters(text) };
}

/** Whole minutes, rounded up; an article with any words takes at least a minute. */
export function readingMinutes(words: number, wordsPerMinute: number): number {
  if (words <= 0) return 0;
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}

/**
 * Counts an article block by block and remembers each block's counts by its text, so a
 * keystroke re-segments only the paragraph it changed, not a 20,000-word article.
 */
export class BlockCounter {
  #cache = new Map<string, TextCounts>();

  count(blocks: Iterable<string>): TextCounts {
    const next = new Map<string, TextCounts>();
    let words = 0;
    let characters = 0;
    for (const block of blocks) {
      const counts = next.get(block) ?? this.#cache.get(block) ?? countText(block);
      next.set(block, counts);
      words += counts.words;
      characters += counts.characters;
    }
    this.#cache = next;
    return { words, characters };
  }
}
