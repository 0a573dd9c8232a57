import { describe, expect, it } from 'vitest';
import { serializeBlockAttributes } from '../../../../common/wordpress/block-comment.ts';
import { toWordPressBlocks } from '../../../../common/wordpress/block-markup.ts';
import {
  article,
  bullets,
  heading,
  image,
  leftToRight,
  lineBreak,
  link,
  numbers,
  paragraph,
  quote,
  rule,
  text,
} from '../../../fixtures/wordpress/lexical-article.ts';

const block = (name: string, html: string, attributes = '') =>
  `<!-- wp:${name}${attributes ? ` ${attributes}` : ''} -->\n${html}\n<!-- /wp:${name} -->`;

describe('toWordPressBlocks', () => {
  it('writes a paragraph, right-to-left by default, with no direction attribute', () => {
    expect(toWordPressBlocks(article(paragraph('نص')))).toBe(block('paragraph', '<p>نص</p>'));
  });

  it('gives a left-to-right paragraph the direction attribute and dir="ltr"', () => {
    expect(toWordPressBlocks(article(leftToRight(paragraph('Hello'))))).toBe(
      block('paragraph', '<p dir="ltr">Hello</p>', '{"direction":"ltr"}'),
    );
  });

  it('writes h2 without a level (the default) and h3 with level 3', () => {
    expect(toWordPressBlocks(article(heading('h2', 'أ'), heading('h3', 'ب')))).toBe(
      `${block('heading', '<h2>أ</h2>')}\n\n${block('heading', '<h3>ب</h3>', '{"level":3}')}`,
    );
  });

  it('isolates a left-to-right heading inside a span, WordPress headings having no direction', () => {
    expect(toWordPressBlocks(article(leftToRight(heading('h2', 'News'))))).toBe(
      block('heading', '<h2><span dir="ltr">News</span></h2>'),
    );
  });

  it('writes lists with list-item blocks, an ordered start, and a nested list inside its parent item', () => {
    const item = (html: string) => block('list-item', `<li>${html}</li>`);
    expect(toWordPressBlocks(article(numbers(3, 'أ', bullets('ب'))))).toBe(
      block(
        'list',
        `<ol start="3">${item(`أ${block('list', `<ul>${item('ب')}</ul>`)}`)}</ol>`,
        '{"ordered":true,"start":3}',
      ),
    );
  });

  it('writes a quote as paragraphs, one a line', () => {
    expect(toWordPressBlocks(article(quote('أ', lineBreak, 'ب')))).toBe(
      block(
        'quote',
        `<blockquote class="wp-block-quote">${block('paragraph', '<p>أ</p>')}\n\n${block('paragraph', '<p>ب</p>')}</blockquote>`,
      ),
    );
  });

  it('writes the horizontal rule as a separator', () => {
    expect(toWordPressBlocks(article(rule))).toBe(
      block('separator', '<hr class="wp-block-separator has-alpha-channel-opacity"/>'),
    );
  });

  it('writes an uploaded image with its id, wp-image class, alt and caption', () => {
    expect(toWordPressBlocks(article(image('https://x.test/a.jpg', 'بديل', 'تعليق', 12)))).toBe(
      block(
        'image',
        '<figure class="wp-block-image"><img src="https://x.test/a.jpg" alt="بديل" class="wp-image-12"/><figcaption class="wp-element-caption">تعليق</figcaption></figure>',
        '{"id":12}',
      ),
    );
  });

  it('lets publishing point an image at its upload, and leaves out an image it cannot show', () => {
    const body = article(image('file:///home/sara/photo.jpg', '', ''));
    expect(toWordPressBlocks(body)).toBe('');
    expect(
      toWordPressBlocks(body, {
        resolveImage: (found) => ({ ...found, src: 'https://x.test/p.jpg', id: 5 }),
      }),
    ).toContain('<img src="https://x.test/p.jpg" alt="" class="wp-image-5"/>');
  });

  it('writes the marks as Gutenberg does: strong, em, the underline span, s', () => {
    expect(
      toWordPressBlocks(
        article(paragraph(text('أ', 'bold', 'italic', 'underline', 'strikethrough'))),
      ),
    ).toBe(
      block(
        'paragraph',
        '<p><strong><em><span style="text-decoration: underline;"><s>أ</s></span></em></strong></p>',
      ),
    );
  });

  it('keeps http, https and mailto links and turns any other link into its text', () => {
    const markup = toWordPressBlocks(
      article(
        paragraph(
          link('https://a.test/?x=1&y=2', 'أ'),
          link('mailto:a@b.test', 'ب'),
          link('javascript:alert(1)', 'ج'),
          link('data:text/html,x', 'د'),
        ),
      ),
    );
    expect(markup).toBe(
      block(
        'paragraph',
        '<p><a href="https://a.test/?x=1&amp;y=2">أ</a><a href="mailto:a@b.test">ب</a>جد</p>',
      ),
    );
  });

  it('escapes text and attributes, and percent-encodes quotes in a URL', () => {
    const markup = toWordPressBlocks(
      article(paragraph('<b>&"\u00a0-->', link('https://a.test/"><x', 'ر'))),
    );
    expect(markup).toBe(
      block(
        'paragraph',
        '<p>&lt;b&gt;&amp;"&nbsp;--&gt;<a href="https://a.test/%22%3E%3Cx">ر</a></p>',
      ),
    );
  });

  it('leaves out empty paragraphs, headings and quotes', () => {
    expect(
      toWordPressBlocks(
        article(paragraph(), paragraph('  '), heading('h2'), quote(), paragraph('نص')),
      ),
    ).toBe(block('paragraph', '<p>نص</p>'));
  });

  it('is empty for a body that is not a Lexical state', () => {
    expect(toWordPressBlocks(null)).toBe('');
    expect(toWordPressBlocks({ root: 'x' })).toBe('');
  });
});

describe('serializeBlockAttributes', () => {
  it('encodes -- < > & and quotes as WordPress does, so the comment cannot be closed early', () => {
    expect(serializeBlockAttributes({ a: '--> <b> & "q"' })).toBe(
      '{"a":"\\u002d\\u002d\\u003e \\u003cb\\u003e \\u0026 \\u0022q\\u0022"}',
    );
  });
});
