// A draft as a standalone HTML document. The real body serializer (WordPress block
// markup, DESIGN.md "The document") comes later and plugs in as a DraftHtmlSerializer;
// until then the body is its plain-text paragraphs, every character escaped.
import type { Draft } from '../../contract.ts';
import { lexicalBlocks } from '../../../common/document/plain-text.ts';

export type DraftHtmlSerializer = (draft: Draft) => string;

export const plainHtmlDocument: DraftHtmlSerializer = (draft) => {
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
    ...lexicalBlocks(draft.body)
      .filter((block) => block.trim().length > 0)
      .map((block) => `<p>${escapeHtml(block).replaceAll('\n', '<br>')}</p>`),
    '</article>',
    '</body>',
    '</html>',
  ];
  return `${lines.filter(Boolean).join('\n')}\n`;
};

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
