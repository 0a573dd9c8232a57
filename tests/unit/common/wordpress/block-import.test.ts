import { describe, expect, it } from 'vitest';
import {
  importWordPressBlocks,
  siteBlockSources,
} from '../../../../common/wordpress/block-import.ts';
import { toWordPressBlocks } from '../../../../common/wordpress/block-markup.ts';
import * as blocks from '../../../fixtures/wordpress/editor-blocks.ts';

const post = (...parts: string[]) => parts.join('\n\n');
const typesOf = (markup: string) =>
  (importWordPressBlocks(markup).body.root.children as { type: string; blockName?: string }[]).map(
    (node) => node.blockName ?? node.type,
  );

describe('importing a post from WordPress', () => {
  it('turns paragraphs, headings, lists, quotes and separators into text the writer can edit', () => {
    expect(
      typesOf(post(blocks.paragraph, blocks.heading, blocks.list, blocks.quote, blocks.separator)),
    ).toEqual(['paragraph', 'heading', 'list', 'quote', 'horizontalrule']);
  });

  it('keeps bold, italic and links as Midad marks them', () => {
    const [paragraph] = importWordPressBlocks(blocks.paragraph).body.root.children as {
      children: Record<string, unknown>[];
    }[];
    expect(
      paragraph!.children.map((node) => [node.type, node.text ?? node.url, node.format]),
    ).toEqual([
      ['text', 'قال الوزير إن ', 0],
      ['text', 'الموازنة', 1],
      ['text', ' ستُعلن ', 0],
      ['link', 'https://news.example/budget', ''],
      ['text', '.', 0],
    ]);
  });

  it.each([
    ['gallery', blocks.gallery, 'core/gallery'],
    ['a table with a caption Midad does not write', blocks.table, 'core/table'],
    ['embed', blocks.embed, 'core/embed'],
    ['columns', blocks.columns, 'core/columns'],
    ["a plugin's block", blocks.pluginBlock, 'acme/poll'],
    ['raw HTML', blocks.customHtml, 'core/html'],
    ['a paragraph with a class Midad would drop', blocks.styledParagraph, 'core/paragraph'],
    ['an image whose file is on the site, not in the draft', blocks.siteImage, 'core/image'],
  ])(
    'keeps %s as a protected block that goes back to the site byte for byte',
    (_, markup, name) => {
      const imported = importWordPressBlocks(post(blocks.paragraph, markup, blocks.heading));
      expect(imported.protectedBlocks).toBe(1);
      expect(typesOf(post(blocks.paragraph, markup, blocks.heading))).toEqual([
        'paragraph',
        name,
        'heading',
      ]);
      expect(toWordPressBlocks(imported.body)).toContain(markup);
    },
  );

  it('gives back the whole post unchanged when nothing was edited', () => {
    const markup = post(
      blocks.paragraph,
      blocks.gallery,
      blocks.heading,
      blocks.table,
      blocks.list,
      blocks.embed,
      blocks.quote,
      blocks.columns,
      blocks.separator,
      blocks.pluginBlock,
      blocks.styledParagraph,
    );
    expect(toWordPressBlocks(importWordPressBlocks(markup).body)).toBe(markup);
  });

  it('keeps a classic post, with no block comments, whole and unchanged', () => {
    const imported = importWordPressBlocks(blocks.classicPost);
    expect(typesOf(blocks.classicPost)).toEqual(['core/freeform']);
    expect(
      toWordPressBlocks(imported.body, { siteBlocks: siteBlockSources(blocks.classicPost) }),
    ).toBe(blocks.classicPost);
  });

  it('keeps classic text between blocks and the blocks around it', () => {
    const markup = post(blocks.paragraph, '<p>نص بلا تعليقات</p>', blocks.table);
    expect(typesOf(markup)).toEqual(['paragraph', 'core/freeform', 'core/table']);
    expect(
      toWordPressBlocks(importWordPressBlocks(markup).body, {
        siteBlocks: siteBlockSources(markup),
      }),
    ).toBe(markup);
  });

  it('keeps a block left open by a broken post as it is, with what follows it', () => {
    const markup = post(
      blocks.paragraph,
      '<!-- wp:group -->\n<div class="wp-block-group"><p>بلا نهاية</p></div>',
    );
    expect(toWordPressBlocks(importWordPressBlocks(markup).body)).toBe(markup);
  });

  it('leaves a protected block exactly as it was when a paragraph beside it is edited', () => {
    const imported = importWordPressBlocks(post(blocks.paragraph, blocks.gallery));
    const [paragraph] = imported.body.root.children as { children: Record<string, unknown>[] }[];
    paragraph!.children[0]!.text = 'قالت الوزيرة إن ';
    const written = toWordPressBlocks(imported.body);
    expect(written).toContain('قالت الوزيرة');
    expect(written.endsWith(`\n\n${blocks.gallery}`)).toBe(true);
  });
});
