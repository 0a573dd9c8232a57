// The site's version of a story as a local draft: its document when the post still says
// what the document says, pictures and their captions included.
import { describe, expect, it } from 'vitest';
import { articleBody, articleMeta } from '../../../../../../common/document/article-content.ts';
import type { ArticleMeta, Site } from '../../../../../../electron/contract/index.ts';
import { buildDocument } from '../../../../../../electron/services/publish/review/document-envelope.ts';
import { siteContentOf } from '../../../../../../electron/services/publish/outbox/site-version.ts';
import type { WordPressPost } from '../../../../../../electron/services/publish/wordpress/wordpress-types.ts';

const meta: ArticleMeta = articleMeta({ headline: 'جسر' });
const site = { reviewBridge: { version: '1.0.0', maxDocumentBytes: 1_000_000 } } as Site;
const hash = 'a'.repeat(64);
const lead = {
  type: 'paragraph',
  version: 1,
  direction: 'rtl',
  format: '',
  indent: 0,
  children: [
    {
      type: 'text',
      version: 1,
      text: 'افتُتح الجسر.',
      format: 0,
      detail: 0,
      mode: 'normal',
      style: '',
    },
  ],
};
const picture = {
  type: 'image',
  version: 1,
  hash,
  fileName: 'الجسر.png',
  alt: 'الجسر',
  caption: 'الجسر من النهر',
};
const body = articleBody([lead, picture]);

function postWith(markup: string): WordPressPost {
  const built = buildDocument({ meta, body }, '2030-01-01T00:00:00.000Z', 1_000_000);
  if (!built.ok) throw new Error('too large');
  return {
    id: 7,
    status: 'pending',
    modified_gmt: '2030-01-01T00:00:00',
    author: 2,
    title: { raw: 'جسر' },
    content: { raw: markup },
    excerpt: { raw: '' },
    meta: { _midad_document: built.json },
  } as unknown as WordPressPost;
}

const paragraph = '<!-- wp:paragraph -->\n<p>افتُتح الجسر.</p>\n<!-- /wp:paragraph -->';
const image = (caption: string) =>
  `<!-- wp:image {"id":5} -->\n<figure class="wp-block-image"><img src="http://127.0.0.1:8080/wp-content/uploads/bridge.png" alt="الجسر" class="wp-image-5" /><figcaption class="wp-element-caption">${caption}</figcaption></figure>\n<!-- /wp:image -->`;

describe('the site’s version of a story with a picture', () => {
  it('is its document, its picture named by hash, when the post holds the same words and caption', () => {
    const version = siteContentOf(
      postWith(`${paragraph}\n\n${image('الجسر من النهر')}`),
      site,
      meta,
    );
    expect(version.from).toBe('document');
    expect(JSON.stringify(version.content.body)).toContain(hash);
  });

  it('is the post’s markup when the caption was changed on the site', () => {
    expect(siteContentOf(postWith(`${paragraph}\n\n${image('الجسر ليلًا')}`), site, meta).from).toBe(
      'markup',
    );
  });
});
