import { describe, expect, it } from 'vitest';
import { articleBlocks } from '../../../../common/document/article-blocks.ts';
import {
  article,
  bullets,
  link,
  paragraph,
  quote,
  text,
} from '../../../fixtures/wordpress/lexical-article.ts';

const plain = { bold: false, italic: false, underline: false, strikethrough: false, code: false };

describe('the neutral blocks of an article body', () => {
  it('put a nested list inside the item before it, as Word and Markdown nest it', () => {
    const [list] = articleBlocks(article(bullets('أ', bullets('ب'), 'ج')));
    expect(list).toMatchObject({
      kind: 'list',
      ordered: false,
      items: [
        { runs: [{ text: 'أ' }], lists: [{ items: [{ runs: [{ text: 'ب' }] }] }] },
        { runs: [{ text: 'ج' }] },
      ],
    });
  });

  it('keep only safe links; a javascript: link keeps its text', () => {
    const blocks = articleBlocks(
      article(
        paragraph(link('https://example.com', 'آمن'), ' ', link('javascript:alert(1)', 'خطر')),
      ),
    );
    expect(blocks).toEqual([
      {
        kind: 'paragraph',
        direction: 'rtl',
        runs: [
          {
            kind: 'link',
            url: 'https://example.com',
            runs: [{ kind: 'text', text: 'آمن', marks: plain }],
          },
          { kind: 'text', text: ' ', marks: plain },
          { kind: 'text', text: 'خطر', marks: plain },
        ],
      },
    ]);
  });

  it('leave out empty paragraphs and split a quote at its line breaks', () => {
    const blocks = articleBlocks(article(paragraph(), paragraph('  '), quote(text('سطر', 'bold'))));
    expect(blocks).toEqual([
      {
        kind: 'quote',
        direction: 'rtl',
        lines: [[{ kind: 'text', text: 'سطر', marks: { ...plain, bold: true } }]],
      },
    ]);
  });

  it('read nothing from a body that is not a Lexical state', () => {
    expect(articleBlocks(null)).toEqual([]);
    expect(articleBlocks({ root: 'x' })).toEqual([]);
  });
});
