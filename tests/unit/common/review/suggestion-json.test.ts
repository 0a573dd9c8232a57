import { describe, expect, it } from 'vitest';
import { articleBlocks } from '../../../../common/document/article-blocks.ts';
import { articleBody } from '../../../../common/document/article-content.ts';
import { lexicalToPlainText } from '../../../../common/document/plain-text.ts';
import {
  bodyAsPublished,
  countOpenSuggestions,
} from '../../../../common/review/suggestion-json.ts';
import { toWordPressBlocks } from '../../../../common/wordpress/block-markup.ts';
import { nestedLists, rightToLeftParagraph } from '../../../support/document/article-bodies.ts';

const meta = (id: string) => ({ id, author: 'هدى', time: '2026-12-03T10:00:00.000Z' });
const text = (value: string, format = 0) => ({
  type: 'text',
  text: value,
  format,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
});
const mark = (
  type: string,
  id: string,
  children: unknown[],
  extra: Record<string, unknown> = {},
) => ({
  type,
  ...meta(id),
  ...extra,
  children,
  direction: null,
  format: '',
  indent: 0,
  version: 1,
});
const body = (...inline: unknown[]) => articleBody([rightToLeftParagraph(...inline)]);

// "كَتَبَ الصَّحَفِيُّ الخبرَ": a reviewer inserted "أمس", deleted "الخبرَ" and made الصَّحَفِيُّ bold.
const reviewed = body(
  text('كَتَبَ '),
  mark('suggestion-insert', 'a', [text('أمس ')]),
  mark('suggestion-format', 'b', [text('الصَّحَفِيُّ', 1)], { before: 0 }),
  text(' '),
  mark('suggestion-delete', 'c', [text('الخبرَ')]),
);

describe('what is published from a body with open suggestions', () => {
  it('WordPress gets the original text and not one mark', () => {
    expect(toWordPressBlocks(reviewed)).toBe(
      '<!-- wp:paragraph -->\n<p>كَتَبَ الصَّحَفِيُّ الخبرَ</p>\n<!-- /wp:paragraph -->',
    );
  });

  it('the exports get the original text with its original format', () => {
    expect(articleBlocks(reviewed)).toEqual([
      {
        kind: 'paragraph',
        direction: 'rtl',
        runs: [
          {
            kind: 'text',
            text: 'كَتَبَ الصَّحَفِيُّ الخبرَ',
            marks: {
              bold: false,
              italic: false,
              underline: false,
              strikethrough: false,
              code: false,
            },
          },
        ],
      },
    ]);
  });

  it('counts and searches the text as it would be published', () => {
    expect(lexicalToPlainText(reviewed)).toBe('كَتَبَ الصَّحَفِيُّ الخبرَ');
  });

  it('a suggested bold word is published as it was, even when the text was bold before and is unbolded', () => {
    const unbolded = body(mark('suggestion-format', 'b', [text('عاجل', 0)], { before: 1 }));
    expect(toWordPressBlocks(unbolded)).toBe(
      '<!-- wp:paragraph -->\n<p><strong>عاجل</strong></p>\n<!-- /wp:paragraph -->',
    );
  });

  it('a deletion inside an insertion goes with the insertion', () => {
    const nested = body(
      text('قال'),
      mark('suggestion-insert', 'a', [text(' أم'), mark('suggestion-delete', 'b', [text('س')])]),
      text(' الوزير'),
    );
    expect(lexicalToPlainText(nested)).toBe('قال الوزير');
  });

  it('a paragraph that holds only a suggested insertion is not published at all', () => {
    expect(toWordPressBlocks(body(mark('suggestion-insert', 'a', [text('جديد')])))).toBe('');
  });

  it('leaves a body without suggestions exactly as it was', () => {
    const plain = body(text('نص'));
    expect(bodyAsPublished(plain)).toBe(plain);
  });

  it('counts one open suggestion per id, a replacement being one', () => {
    const replaced = body(
      mark('suggestion-delete', 'r', [text('الوزير')]),
      mark('suggestion-insert', 'r', [text('المدير')]),
    );
    expect(countOpenSuggestions(replaced)).toBe(1);
    expect(countOpenSuggestions(reviewed)).toBe(3);
    expect(countOpenSuggestions(body(text('نص')))).toBe(0);
  });
});

describe('a body nested deeper than the call stack', () => {
  it('is read as published and counted without a stack overflow', () => {
    const deep = nestedLists(10_000);
    expect(bodyAsPublished(deep)).toBe(deep);
    expect(countOpenSuggestions(deep)).toBe(0);
  });
});
