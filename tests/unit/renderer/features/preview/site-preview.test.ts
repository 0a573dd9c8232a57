// The preview is the publish markup, with the draft's images shown from their local copies.
import { describe, expect, it } from 'vitest';
import { articleBody } from '../../../../../common/document/article-content.ts';
import { sitePreviewMarkup } from '../../../../../renderer/features/preview/site-preview.ts';

const HASH = 'a'.repeat(64);
const body = articleBody([
  {
    type: 'paragraph',
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    children: [
      {
        type: 'text',
        text: 'نص <المقال>',
        format: 1,
        style: '',
        mode: 'normal',
        detail: 0,
        version: 1,
      },
    ],
  },
  { type: 'image', version: 1, hash: HASH, fileName: 'صورة.png', alt: 'وصف', caption: 'تعليق' },
]);

describe('the site preview', () => {
  it('is the block markup of the body, escaped', () => {
    const markup = sitePreviewMarkup({ id: 'draft-1', body }, 'http://127.0.0.1:4000/');
    expect(markup).toContain('<!-- wp:paragraph -->\n<p><strong>نص &lt;المقال&gt;</strong></p>');
  });

  it("shows the draft's images from the host's media route", () => {
    const markup = sitePreviewMarkup({ id: 'draft-1', body }, 'http://127.0.0.1:4000/');
    expect(markup).toContain(`<img src="http://127.0.0.1:4000/media/draft-1/${HASH}" alt="وصف"/>`);
    expect(markup).toContain('<figcaption class="wp-element-caption">تعليق</figcaption>');
  });
});
