// The open suggestions as the side panel lists them: one entry an id (a replacement's
// deletion and insertion share one), in document order.
import type { SuggestionKind } from '../nodes/SuggestionNodes.ts';
import { $suggestionMarks } from './resolve-suggestions.ts';

export type SuggestionEntryKind = SuggestionKind | 'replace';

export interface SuggestionEntry {
  id: string;
  kind: SuggestionEntryKind;
  author: string;
  time: string;
  /** The text concerned; for a replacement, the deleted text. */
  excerpt: string;
  /** For a replacement, the text put in its place. */
  replacement: string;
}

const EXCERPT_CHARS = 60;

interface Gathered {
  id: string;
  author: string;
  time: string;
  kinds: Set<SuggestionKind>;
  text: Record<SuggestionKind, string>;
}

export function $listSuggestions(): SuggestionEntry[] {
  const gathered = new Map<string, Gathered>();
  for (const mark of $suggestionMarks()) {
    const meta = mark.getMeta();
    const entry = gathered.get(meta.id) ?? {
      ...meta,
      kinds: new Set(),
      text: { insert: '', delete: '', format: '' },
    };
    entry.kinds.add(mark.getKind());
    entry.text[mark.getKind()] += mark.getTextContent();
    gathered.set(meta.id, entry);
  }
  return [...gathered.values()].map(({ id, author, time, kinds, text }) => {
    const kind: SuggestionEntryKind =
      kinds.has('insert') && kinds.has('delete') ? 'replace' : [...kinds][0]!;
    const excerpt = kind === 'replace' ? text.delete : text[kind];
    return {
      id,
      kind,
      author,
      time,
      excerpt: clip(excerpt),
      replacement: kind === 'replace' ? clip(text.insert) : '',
    };
  });
}

function clip(text: string): string {
  return text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text;
}
