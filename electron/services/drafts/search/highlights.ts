// Where a search matched, in the words the writer typed (not the normalized ones): the
// UI marks these ranges. The body gets a short window around its first match.
import type { SearchField, SearchResult } from '../../../contract/index.ts';
import { findFirstMatch, findMatchRanges } from '../../../../common/arabic/search-terms.ts';
import type { SearchDocument } from './search-document.ts';

type Highlight = SearchResult['highlights'][number];

const CONTEXT_BEFORE = 60;
const CONTEXT_AFTER = 140;
const ELLIPSIS = '…';

export function highlightsFor(
  document: SearchDocument,
  fields: readonly SearchField[],
  terms: string[],
): Highlight[] {
  const termSet = new Set(terms);
  const highlights: Highlight[] = [];
  for (const field of fields) {
    const text = document[field];
    if (field === 'body') {
      const window = bodyWindow(text, termSet);
      if (window) highlights.push(window);
      continue;
    }
    const ranges = findMatchRanges(text, termSet);
    if (ranges.length > 0) highlights.push({ field, text, ranges });
  }
  return highlights;
}

/** Only the text around the first match is looked at: a body can be 20,000 words. */
function bodyWindow(text: string, terms: ReadonlySet<string>): Highlight | null {
  const first = findFirstMatch(text, terms);
  if (!first) return null;
  let start = Math.max(0, first.start - CONTEXT_BEFORE);
  let end = Math.min(text.length, first.end + CONTEXT_AFTER);
  // Start and end at word boundaries so no word is cut in half.
  if (start > 0) start = nextSpace(text, start, first.start);
  if (end < text.length) end = previousSpace(text, end, first.end);
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < text.length ? ELLIPSIS : '';
  const shift = prefix.length - start;
  return {
    field: 'body',
    text: prefix + text.slice(start, end) + suffix,
    ranges: findMatchRanges(text, terms, first.start, end).map((range) => ({
      start: range.start + shift,
      end: range.end + shift,
    })),
  };
}

function nextSpace(text: string, from: number, limit: number): number {
  const at = text.slice(from, limit).search(/\s/u);
  return at < 0 ? from : from + at + 1;
}

function previousSpace(text: string, from: number, limit: number): number {
  const at = text.slice(limit, from).search(/\s\S*$/u);
  return at < 0 ? from : limit + at;
}
