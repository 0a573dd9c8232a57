// Search folding (normalizeArabic's rules) applied one character at a time, keeping for each
// folded character the index of the original character it came from, so a match found in
// the folded text can be mapped back onto the article's own characters to highlight or replace.
import { normalizeArabic } from './normalize.ts';

export interface FoldedText {
  /** The text as search compares it. */
  folded: string;
  /** origins[i] is the index in the original text of the character folded[i] came from. */
  origins: number[];
}

/**
 * Combining madda and hamza written after their letter: NFKC composes them with it (ا + ٔ → أ),
 * so they are folded together with the letter before them, never alone.
 */
function isComposingMark(code: number): boolean {
  return code >= 0x0653 && code <= 0x0655;
}
const LATIN_UPPER = /[A-Z]/u;

/**
 * Characters no rule changes: ASCII but capitals, and the basic Arabic letters except the
 * folded ones (آ أ إ ة ى). Most of an article; they skip NFKC, which is the cost here.
 */
function isAlreadyFolded(code: number): boolean {
  if (code < 0x80) return code < 0x41 || code > 0x5a;
  return (
    code === 0x0621 ||
    code === 0x0624 ||
    (code >= 0x0626 && code <= 0x0628) ||
    (code >= 0x062a && code <= 0x063a) ||
    (code >= 0x0641 && code <= 0x0648) ||
    code === 0x064a
  );
}

/**
 * Folds `text` for search: hamza forms of alef to ا, ى to ي, ة to ه, harakat, tatweel and
 * bidi controls removed (they map to nothing), Arabic-Indic and Persian digits to Western,
 * Latin letters to lower case. `exact` keeps the text as it is.
 */
export function foldWithOffsets(text: string, exact = false): FoldedText {
  if (exact) return { folded: text, origins: Array.from(text, (_, index) => index) };
  let folded = '';
  const origins: number[] = [];
  let index = 0;
  while (index < text.length) {
    const start = index;
    if (isAlreadyFolded(text.charCodeAt(index)) && !isComposingMark(text.charCodeAt(index + 1))) {
      folded += text[index];
      origins.push(index);
      index += 1;
      continue;
    }
    index += text.codePointAt(index)! > 0xffff ? 2 : 1;
    while (index < text.length && isComposingMark(text.charCodeAt(index))) index += 1;
    const unit = text.slice(start, index);
    const normal = normalizeArabic(LATIN_UPPER.test(unit) ? unit.toLowerCase() : unit);
    for (let k = 0; k < normal.length; k += 1) origins.push(start);
    folded += normal;
  }
  return { folded, origins };
}

/** Folds a query the way foldWithOffsets folds the text it is looked for in. */
export function foldQuery(query: string, exact = false): string {
  return foldWithOffsets(query, exact).folded;
}
