// The marker a retry finds a lost create by (post-marker.ts) rides in the first block's
// comment: WordPress 6.1's own editor must still take every block as valid, unchanged.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  markContent,
  newPostMarker,
} from '../../electron/services/publish/wordpress/post-marker.ts';
import type { LoadedWordPress } from './validators/block-api.ts';
import { blockNames, blockProblems } from './validators/check-blocks.ts';
import { loadWordPress61, wordpressInstalled, WORDPRESS_DIR } from './validators/wordpress-6.1.ts';

const ARTICLES = {
  paragraph:
    '<!-- wp:paragraph -->\n<p>نص عربي</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph {"direction":"ltr"} -->\n<p dir="ltr">English</p>\n<!-- /wp:paragraph -->',
  'heading with attributes':
    '<!-- wp:heading {"level":3} -->\n<h3>عنوان</h3>\n<!-- /wp:heading -->',
  separator:
    '<!-- wp:separator -->\n<hr class="wp-block-separator has-alpha-channel-opacity"/>\n<!-- /wp:separator -->',
};

describe.skipIf(!wordpressInstalled())(
  `a marked post in WordPress 6.1's editor (${WORDPRESS_DIR})`,
  () => {
    let wordpress: LoadedWordPress;
    beforeAll(() => {
      wordpress = loadWordPress61();
    });

    it.each(Object.entries(ARTICLES))(
      'a marked %s is as valid as the unmarked one',
      (_name, article) => {
        expect(blockProblems(wordpress, article)).toEqual([]);
        const marked = markContent(article, newPostMarker());
        expect(blockProblems(wordpress, marked)).toEqual([]);
        expect(blockNames(wordpress, marked)).toEqual(blockNames(wordpress, article));
      },
    );
  },
);
