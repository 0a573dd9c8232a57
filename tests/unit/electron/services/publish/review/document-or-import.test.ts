// A post coming back into Midad: its document when the plugin carried a readable one, else
// its text from the markup, with the notice the user is shown about the review notes.
import { describe, expect, it } from 'vitest';
import { articleBody, articleMeta } from '../../../../../../common/document/article-content.ts';
import type { ArticleMeta } from '../../../../../../electron/contract/index.ts';
import { buildDocument } from '../../../../../../electron/services/publish/review/document-envelope.ts';
import { documentOrImport } from '../../../../../../electron/services/publish/review/document-or-import.ts';
import type { WordPressPost } from '../../../../../../electron/services/publish/wordpress/wordpress-types.ts';

const meta: ArticleMeta = articleMeta({ headline: 'قديم', section: 'اقتصاد', byline: 'مراسل' });
const bridge = { version: '1.0.0', maxDocumentBytes: 1_000_000 };
const markup = '<!-- wp:paragraph -->\n<p>نص من الموقع</p>\n<!-- /wp:paragraph -->';
const body = articleBody([]);

function post(documentMeta?: string): WordPressPost {
  return {
    id: 7,
    status: 'draft',
    link: '',
    slug: '',
    date: null,
    date_gmt: null,
    modified_gmt: '2030-01-01T00:00:00',
    author: 1,
    title: { raw: 'عنوان المكتب' },
    content: { raw: markup },
    excerpt: { raw: '' },
    categories: [],
    tags: [],
    featured_media: 0,
    ...(documentMeta === undefined ? {} : { meta: { _midad_document: documentMeta } }),
  } as WordPressPost;
}

describe('a post coming back into Midad', () => {
  it('takes the whole document when the site’s plugin carried one', () => {
    const built = buildDocument(
      { meta: { ...meta, headline: 'من المكتب' }, body },
      '2030-01-01T00:00:00.000Z',
      1_000_000,
    );
    if (!built.ok) throw new Error('too large');
    const result = documentOrImport(post(built.json), bridge, meta);
    expect(result).toMatchObject({
      from: 'document',
      writtenAt: '2030-01-01T00:00:00.000Z',
      content: { meta: { headline: 'من المكتب' } },
    });
    expect(result.notice).toBeUndefined();
  });

  it('takes the text from the markup and says the document could not be read when it is damaged or too new', () => {
    const result = documentOrImport(
      post('{"format":"midad-document","version":9,"writtenAt":"x","content":{}}'),
      bridge,
      meta,
    );
    expect(result).toMatchObject({
      from: 'markup',
      notice: 'document_unreadable',
      content: { meta: { headline: 'عنوان المكتب', section: 'اقتصاد' } },
    });
    expect(JSON.stringify(result.content.body)).toContain('نص من الموقع');
    expect(documentOrImport(post('not json'), bridge, meta).notice).toBe('document_unreadable');
  });

  it.each([
    ['a javascript: link', { type: 'link', url: 'javascript:alert(1)', children: [] }],
    ['a node type Midad does not know', { type: 'poll', children: [] }],
  ])(
    'reads a document holding %s as unreadable, and takes the text from the markup',
    (_name, node) => {
      const hostile = {
        root: {
          ...body.root,
          children: [
            {
              type: 'paragraph',
              direction: null,
              format: '',
              indent: 0,
              version: 1,
              children: [node],
            },
          ],
        },
      };
      const built = buildDocument({ meta, body: hostile }, '2030-01-01T00:00:00.000Z', 1_000_000);
      if (!built.ok) throw new Error('too large');
      const result = documentOrImport(post(built.json), bridge, meta);
      expect(result).toMatchObject({ from: 'markup', notice: 'document_unreadable' });
      expect(JSON.stringify(result.content.body)).not.toContain('javascript:');
    },
  );

  it('takes the markup quietly from a post written without Midad on a site with the plugin', () => {
    expect(documentOrImport(post(), bridge, meta)).toMatchObject({ from: 'markup' });
    expect(documentOrImport(post(), bridge, meta).notice).toBeUndefined();
  });

  it('tells the user the review notes stayed behind on a site without the plugin', () => {
    expect(documentOrImport(post(), null, meta)).toMatchObject({
      from: 'markup',
      notice: 'review_stayed_behind',
    });
  });
});
