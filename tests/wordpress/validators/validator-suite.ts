// The tests each WordPress validator runs on the serializer's markup: every block type and
// mark, the full Arabic article, and hostile text. Loaded once per file (a few seconds).
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { toWordPressBlocks } from '../../../common/wordpress/block-markup.ts';
import { blockCases, fullArticle, hostileArticle } from '../../fixtures/wordpress/articles.ts';
import type { LoadedWordPress } from './block-api.ts';
import { blockNames, blockProblems, type CheckOptions } from './check-blocks.ts';

export interface ValidatorSuite {
  title: string;
  load: () => LoadedWordPress;
  /** Known differences between the markup and what this WordPress saves itself. */
  check?: CheckOptions;
  /** What this WordPress's editor writes back for our markup once it has parsed it. */
  resaved: (markup: string) => string;
}

export function describeValidator(suite: ValidatorSuite): void {
  describe(suite.title, () => {
    let wordpress: LoadedWordPress;
    beforeAll(() => {
      wordpress = suite.load();
    }, 60_000);

    const expectValid = (markup: string) =>
      expect(blockProblems(wordpress, markup, suite.check)).toEqual([]);

    it('catches markup WordPress would reject or rewrite (the check itself works)', () => {
      expect(
        blockProblems(
          wordpress,
          '<!-- wp:paragraph -->\n<p dir="ltr">x</p>\n<!-- /wp:paragraph -->',
        ),
      ).not.toEqual([]);
      expect(
        blockProblems(wordpress, '<!-- wp:list -->\n<ul><li>6.0 list</li></ul>\n<!-- /wp:list -->'),
      ).not.toEqual([]);
      expect(blockProblems(wordpress, '<p>no block comment</p>')).not.toEqual([]);
    });

    for (const { name, body } of blockCases) {
      it(`takes ${name} as it is`, () => {
        const markup = toWordPressBlocks(body);
        expectValid(markup);
        expect(wordpress.blocks.serialize(wordpress.blocks.parse(markup))).toBe(
          suite.resaved(markup),
        );
      });
    }

    it('takes the full Arabic article block by block, and its editor saves it back unchanged', () => {
      const markup = toWordPressBlocks(fullArticle);
      expectValid(markup);
      expect(blockNames(wordpress, markup)).toEqual([
        'core/paragraph',
        'core/paragraph',
        'core/heading',
        'core/paragraph',
        'core/heading',
        'core/list',
        'core/list-item',
        'core/list-item',
        'core/list',
        'core/list-item',
        'core/list-item',
        'core/list-item',
        'core/list',
        'core/list-item',
        'core/list-item',
        'core/quote',
        'core/paragraph',
        'core/separator',
        'core/paragraph',
        'core/image',
        'core/paragraph',
      ]);
      expect(wordpress.blocks.serialize(wordpress.blocks.parse(markup))).toBe(
        suite.resaved(markup),
      );
    });

    it('reads the left-to-right paragraph as direction ltr and the image with its id and Arabic caption', () => {
      const blocks = wordpress.blocks.parse(toWordPressBlocks(fullArticle));
      const ltr = blocks.find((block) => block.attributes.direction !== undefined);
      expect(ltr?.attributes).toMatchObject({ direction: 'ltr' });
      const figure = blocks.find((block) => block.name === 'core/image');
      expect(figure?.attributes).toMatchObject({ id: 42, alt: 'صورة المؤتمر الصحفي' });
      expect(String(figure?.attributes.caption)).toBe('المتحدث خلال المؤتمر في جنيف، 12 سبتمبر');
    });

    it('keeps hostile text as text: valid blocks, no script, event handler or javascript: URL', () => {
      const markup = toWordPressBlocks(hostileArticle);
      expectValid(markup);
      const { document } = new JSDOM(markup).window;
      expect(document.querySelectorAll('script, [onerror], [onclick], [onload]')).toHaveLength(0);
      for (const element of document.querySelectorAll('[href], [src]')) {
        expect(element.getAttribute('href') ?? element.getAttribute('src')).toMatch(
          /^(https?|mailto):/,
        );
      }
      const paragraphs = wordpress.blocks
        .parse(markup)
        .filter((block) => block.name === 'core/paragraph');
      expect(textOf(String(paragraphs[0]?.attributes.content))).toContain(
        '<script>alert(1)</script>',
      );
    });
  });
}

function textOf(html: string): string {
  return JSDOM.fragment(`<div>${html}</div>`).textContent ?? '';
}
