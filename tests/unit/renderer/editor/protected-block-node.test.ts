import { createEditor, type SerializedEditorState } from 'lexical';
import { describe, expect, it } from 'vitest';
import {
  importWordPressBlocks,
  siteBlockSources,
} from '../../../../common/wordpress/block-import.ts';
import { toWordPressBlocks } from '../../../../common/wordpress/block-markup.ts';
import { ProtectedBlockNode } from '../../../../renderer/editor/nodes/ProtectedBlockNode.tsx';
import {
  protectedBlockKindKey,
  protectedBlockPreview,
} from '../../../../renderer/editor/nodes/protected-block-card.ts';
import { translate } from '../../../../renderer/i18n/translate.ts';
import { ar } from '../../../../renderer/i18n/ar.ts';
import { en } from '../../../../renderer/i18n/en.ts';
import * as blocks from '../../../fixtures/wordpress/editor-blocks.ts';

/** The article as the editor holds it and saves it again: loaded into Lexical, then serialized. */
function throughTheEditor(body: unknown): unknown {
  const editor = createEditor({
    nodes: [ProtectedBlockNode],
    onError: (error) => {
      throw error;
    },
  });
  return editor.parseEditorState(body as SerializedEditorState).toJSON();
}

const foreign = [
  blocks.gallery,
  blocks.table,
  blocks.embed,
  blocks.columns,
  blocks.pluginBlock,
  blocks.customHtml,
  blocks.classicPost,
];

describe('a block kept as on the site, in the editor', () => {
  it.each(foreign.map((source) => [source.slice(0, 30), source]))(
    'goes through the editor and back to WordPress as the same bytes: %s',
    (_name, source) => {
      const saved = throughTheEditor(importWordPressBlocks(source).body) as Parameters<
        typeof toWordPressBlocks
      >[0];
      expect(toWordPressBlocks(saved, { siteBlocks: siteBlockSources(source) })).toBe(source);
    },
  );

  it('keeps a whole post of foreign blocks byte-identical when nothing was edited', () => {
    const post = foreign.join('\n\n');
    const saved = throughTheEditor(importWordPressBlocks(post).body) as Parameters<
      typeof toWordPressBlocks
    >[0];
    expect(toWordPressBlocks(saved, { siteBlocks: siteBlockSources(post) })).toBe(post);
  });

  it('is named in Arabic and English on its card, e.g. a gallery', () => {
    const key = protectedBlockKindKey('core/gallery');
    expect(translate(ar, en, 'protectedBlock.label', { kind: translate(ar, en, key) })).toBe(
      'معرض صور — يُحفظ كما هو',
    );
    expect(translate(en, en, 'protectedBlock.label', { kind: translate(en, en, key) })).toBe(
      'Gallery — kept as on the site',
    );
  });

  it("calls a plugin's block a block from the site", () => {
    expect(translate(en, en, protectedBlockKindKey('acme/poll'))).toBe('Block from the site');
  });

  it('previews the text of the block without its markup, cut short', () => {
    expect(
      protectedBlockPreview('<!-- wp:html -->\n<p>إعلان <b>مهم</b></p>\n<!-- /wp:html -->'),
    ).toBe('إعلان مهم');
    expect(protectedBlockPreview(`<p>${'كلمة '.repeat(100)}</p>`).length).toBeLessThanOrEqual(121);
  });
});
