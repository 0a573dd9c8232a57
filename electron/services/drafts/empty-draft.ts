// What a new draft holds when it is made empty: no headline, one empty paragraph, Arabic and
// right to left (the editor's own empty article, so opening it changes nothing).
import { articleBody, articleMeta } from '../../../common/document/article-content.ts';
import type { DraftContent } from '../../contract/index.ts';

export function emptyContent(): DraftContent {
  return {
    meta: articleMeta(),
    body: articleBody([
      // No direction on the paragraph: it takes the root's, as the editor's own empty article does.
      { type: 'paragraph', direction: null, format: '', indent: 0, version: 1, children: [] },
    ]),
  };
}
