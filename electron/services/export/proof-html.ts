// The article laid out as a printed proof: one self-contained HTML page (fonts and images
// embedded) with A4 print CSS, section and date, kicker, headline, excerpt, byline and the
// body, and "page / pages" in the bottom margin box. Electron's printToPDF and a browser's
// "Save as PDF" both print it; the body is the same WordPress markup the HTML export has.
import type { Draft } from '../../contract/index.ts';
import { escapeHtmlAttribute, escapeHtmlText } from '../../../common/wordpress/html-escape.ts';
import { embeddedBodyHtml } from '../drafts/html-export.ts';
import type { ProofFont } from './proof-fonts.ts';

export interface ProofOptions {
  /** The draft's images as data: URLs by hash. */
  images?: ReadonlyMap<string, string>;
  fonts?: readonly ProofFont[];
}

export const PROOF_FONT_FAMILY = 'Noto Naskh Arabic';

// Page-margin boxes (@bottom-center) print in Chromium since version 131.
const PRINT_CSS = `
@page { size: A4; margin: 22mm 20mm 24mm;
  @bottom-center { content: counter(page) " / " counter(pages); font-family: '${PROOF_FONT_FAMILY}', serif; font-size: 10pt; color: #555; } }
html { font-family: '${PROOF_FONT_FAMILY}', serif; font-size: 12pt; line-height: 1.7; color: #111; }
body { margin: 0; }
.proof-header { border-block-end: 2px solid #111; padding-block-end: 8pt; margin-block-end: 14pt; }
.proof-dateline { display: flex; justify-content: space-between; font-size: 9.5pt; color: #555; }
.proof-kicker { color: #8b1a1a; font-weight: 700; font-size: 13pt; margin: 10pt 0 0; }
h1 { font-size: 26pt; line-height: 1.35; margin: 2pt 0 6pt; }
.proof-excerpt { font-size: 14pt; color: #333; margin: 0 0 6pt; }
.proof-byline { font-size: 11pt; color: #444; margin: 0; }
h2 { font-size: 16pt; margin: 14pt 0 4pt; break-after: avoid; }
h3 { font-size: 14pt; margin: 12pt 0 4pt; break-after: avoid; }
p { margin: 0 0 8pt; text-align: justify; orphans: 2; widows: 2; }
blockquote { margin: 8pt 0; padding-inline-start: 12pt; border-inline-start: 3px solid #8b1a1a; color: #333; }
ul, ol { margin: 0 0 8pt; padding-inline-start: 22pt; }
figure { margin: 10pt 0; text-align: center; break-inside: avoid; }
figure img { max-width: 100%; max-height: 110mm; }
figcaption { font-size: 9.5pt; color: #555; }
hr { border: 0; border-block-start: 1px solid #999; margin: 12pt 25%; }
a { color: inherit; }
.midad-protected-block { margin: 8pt 0; padding: 4pt 8pt; border: 1px dashed #999; color: #333; }
.midad-protected-block__name { margin: 0; font-size: 9pt; color: #555; }
`;

export function articleProofHtml(draft: Draft, options: ProofOptions = {}): string {
  const { meta } = draft;
  const images = options.images ?? new Map<string, string>();
  // The draft's last change, in Western digits, which Saudi dailies mostly use; the house digits setting is not read here yet.
  const date = new Intl.DateTimeFormat(meta.language === 'ar' ? 'ar-u-nu-latn' : 'en', {
    dateStyle: 'long',
  }).format(new Date(draft.updatedAt));
  const text = (tag: string, className: string, value: string) =>
    value.trim() === '' ? '' : `<${tag} class="${className}">${escapeHtmlText(value)}</${tag}>`;
  return [
    '<!doctype html>',
    `<html lang="${escapeHtmlAttribute(meta.language)}" dir="${escapeHtmlAttribute(meta.direction)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtmlText(meta.headline)}</title>`,
    `<style>${fontFaces(options.fonts ?? [])}${PRINT_CSS}</style>`,
    '</head>',
    '<body>',
    '<article>',
    '<header class="proof-header">',
    `<div class="proof-dateline"><span>${escapeHtmlText(meta.section)}</span><span>${escapeHtmlText(date)}</span></div>`,
    text('p', 'proof-kicker', meta.kicker),
    `<h1>${escapeHtmlText(meta.headline)}</h1>`,
    text('p', 'proof-excerpt', meta.excerpt),
    text('p', 'proof-byline', meta.byline),
    '</header>',
    embeddedBodyHtml(draft, images, 'card'),
    '</article>',
    '</body>',
    '</html>',
  ]
    .filter(Boolean)
    .join('\n')
    .concat('\n');
}

function fontFaces(fonts: readonly ProofFont[]): string {
  return fonts
    .map(
      (font) =>
        `@font-face { font-family: '${PROOF_FONT_FAMILY}'; font-weight: ${font.weight}; src: url(data:font/woff2;base64,${font.woff2Base64}) format('woff2'); unicode-range: ${font.unicodeRange}; }\n`,
    )
    .join('');
}
