// A draft as a standalone HTML document: the article's header from its meta, then its body
// as WordPress block markup (common/wordpress), the same HTML that preview and publishing
// use. The block delimiters stay: they are HTML comments, and they let the file be pasted
// into WordPress's code editor as blocks.
import type { Draft } from '../../contract/index.ts';
import { toWordPressBlocks } from '../../../common/wordpress/block-markup.ts';

/** The draft's images as data: URLs by hash: the file stands alone, images included. */
export type EmbeddedImages = ReadonlyMap<string, string>;
export type DraftHtmlSerializer = (draft: Draft, images?: EmbeddedImages) => string;

export const articleHtmlDocument: DraftHtmlSerializer = (draft, images = new Map()) => {
  const { meta } = draft;
  const lines = [
    '<!doctype html>',
    `<html lang="${escapeHtml(meta.language)}" dir="${escapeHtml(meta.direction)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(meta.headline)}</title>`,
    '</head>',
    '<body>',
    '<article>',
    meta.kicker ? `<p class="kicker">${escapeHtml(meta.kicker)}</p>` : '',
    `<h1>${escapeHtml(meta.headline)}</h1>`,
    meta.excerpt ? `<p class="excerpt">${escapeHtml(meta.excerpt)}</p>` : '',
    meta.byline ? `<p class="byline">${escapeHtml(meta.byline)}</p>` : '',
    embeddedBodyHtml(draft, images),
    '</article>',
    '</body>',
    '</html>',
  ];
  return `${lines.filter(Boolean).join('\n')}\n`;
};

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * The body as WordPress block markup with the draft's images embedded (data: URLs by hash).
 * A file's protected blocks keep their markup only when it can run nothing; the proof page
 * asks for 'card' and shows their text.
 */
export function embeddedBodyHtml(
  draft: Draft,
  images: EmbeddedImages,
  protectedBlocksAs: 'markup' | 'card' = 'markup',
): string {
  return toWordPressBlocks(draft.body, {
    baseDirection: draft.meta.direction,
    protectedBlocksAs,
    embeddedImages: true,
    resolveImage: (image) => {
      const src = image.hash === undefined ? undefined : images.get(image.hash);
      return src === undefined ? image : { ...image, src };
    },
  });
}
