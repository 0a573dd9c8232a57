// A text cut into plain and marked pieces at the ranges a search matched; overlapping or
// out-of-bounds ranges are clipped, so the pieces always join back into the text.
import type { SearchResult } from '../../../electron/contract/index.ts';

export type TextRange = SearchResult['highlights'][number]['ranges'][number];

export function splitByRanges(
  text: string,
  ranges: readonly TextRange[],
): { text: string; marked: boolean }[] {
  const pieces: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const start = Math.max(range.start, at);
    const end = Math.min(range.end, text.length);
    if (end <= start) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
