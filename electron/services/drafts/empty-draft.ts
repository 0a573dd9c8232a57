// What a new draft holds when it is made empty: no headline, one empty paragraph, Arabic and
// right to left (the editor's own empty article, so opening it changes nothing).
import type { DraftContent } from '../../contract/index.ts';

export function emptyContent(): DraftContent {
  return {
    meta: {
      headline: '',
      kicker: '',
      section: '',
      byline: '',
      excerpt: '',
      tags: [],
      language: 'ar',
      direction: 'rtl',
    },
    body: {
      root: {
        type: 'root',
        direction: 'rtl',
        format: '',
        indent: 0,
        version: 1,
        // No direction on the paragraph: it takes the root's, as the editor's own empty article does.
        children: [
          { type: 'paragraph', direction: null, format: '', indent: 0, version: 1, children: [] },
        ],
      },
    },
  };
}
