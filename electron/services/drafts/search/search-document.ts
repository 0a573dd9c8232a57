// What of a draft is searchable, field by field, as plain strings.
import type { Draft, SearchField } from '../../../contract/index.ts';

export type SearchDocument = { id: string } & Record<SearchField, string>;

export const SEARCH_FIELDS: readonly SearchField[] = [
  'headline',
  'kicker',
  'excerpt',
  'tags',
  'section',
  'byline',
  'body',
];

export function searchDocumentOf(draft: Draft, bodyText: string): SearchDocument {
  return {
    id: draft.id,
    headline: draft.meta.headline,
    kicker: draft.meta.kicker,
    excerpt: draft.meta.excerpt,
    tags: draft.meta.tags.join('، '),
    section: draft.meta.section,
    byline: draft.meta.byline,
    body: bodyText,
  };
}
