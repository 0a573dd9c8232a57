// Finds a query in a block of text the way a copy editor expects: spelling variants folded
// (foldWithOffsets) unless the match is exact, optionally whole words only, and answers with
// offsets into the original text, a match taking the harakat written on its last letter.
import { foldQuery, foldWithOffsets } from './fold-with-offsets.ts';

export interface FindOptions {
  /** Compare the characters as written: no folding of hamza, harakat, digits or case. */
  exact: boolean;
  /** The match must be bounded by non-letters: "احمد" does not match inside "والاحمدي". */
  wholeWord: boolean;
}

/** A match as [start, end) offsets into the original text. */
export interface TextMatch {
  start: number;
  end: number;
}

// A word is made of letters with their marks (harakat), tatweel and digits; prefixes such as
// و and ال are part of the word they are written on.
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}\u0640]/u;
const COMBINING_MARK = /\p{M}/u;

export function findInText(text: string, query: string, options: FindOptions): TextMatch[] {
  const needle = foldQuery(query, options.exact);
  if (needle === '') return [];
  const { folded, origins } = foldWithOffsets(text, options.exact);
  const matches: TextMatch[] = [];
  let from = 0;
  for (;;) {
    const found = folded.indexOf(needle, from);
    if (found === -1) return matches;
    const start = origins[found]!;
    const end = endAfter(text, origins[found + needle.length - 1]!);
    if (!options.wholeWord || isWholeWord(text, start, end)) {
      matches.push({ start, end });
      from = found + needle.length;
    } else {
      from = found + 1;
    }
  }
}

/** The end of the character at `index` with the combining marks written on it. */
function endAfter(text: string, index: number): number {
  let end = index + (text.codePointAt(index)! > 0xffff ? 2 : 1);
  while (end < text.length && COMBINING_MARK.test(text[end]!)) end += 1;
  return end;
}

function isWholeWord(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text[start - 1]! : '';
  const after = end < text.length ? text[end]! : '';
  return !WORD_CHARACTER.test(before) && !WORD_CHARACTER.test(after);
}
