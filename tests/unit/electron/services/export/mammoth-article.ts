// Test helpers for the .docx round trip: a .docx read by mammoth (its HTML), and that HTML
// turned into a Midad draft (the first h1 the headline, the rest the stored Lexical JSON).
import { JSDOM } from 'jsdom';
import mammoth from 'mammoth';
import { articleBody, articleMeta } from '../../../../../common/document/article-content.ts';
import type { ArticleMeta } from '../../../../../electron/contract/index.ts';

/** LibreOffice's style names mammoth does not know, Midad's own Title and Quote, and underline (mammoth drops it by default). */
export const STYLE_MAP = [
  'u => u',
  "r[style-name='Emphasis'] => em",
  "p[style-name='Quotations'] => blockquote > p:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Title'] => h1:fresh",
];

export async function docxHtml(bytes: Uint8Array): Promise<{ html: string; warnings: string[] }> {
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    { styleMap: STYLE_MAP },
  );
  return { html: result.value, warnings: result.messages.map((message) => message.message) };
}

type Json = Record<string, unknown>;

const FORMAT_BITS: Record<string, number> = { STRONG: 1, B: 1, EM: 2, I: 2, S: 4, U: 8 };

export function draftFromHtml(html: string): { meta: ArticleMeta; body: Json } {
  const { document } = new JSDOM(`<body>${html}</body>`).window;
  let headline = '';
  const children: Json[] = [];
  for (const element of Array.from(document.body.children)) {
    if (element.tagName === 'H1' && headline === '') headline = element.textContent ?? '';
    else children.push(blockOf(element));
  }
  return { meta: articleMeta({ headline }), body: articleBody(children) };
}

function blockOf(element: Element): Json {
  const block = { direction: 'rtl', format: '', indent: 0, version: 1 };
  switch (element.tagName) {
    case 'H2':
    case 'H3':
      return {
        ...block,
        type: 'heading',
        tag: element.tagName.toLowerCase(),
        children: inlineOf(element, 0),
      };
    case 'BLOCKQUOTE': {
      const lines = Array.from(element.children).map((paragraph) => inlineOf(paragraph, 0));
      return {
        ...block,
        type: 'quote',
        children: lines.flatMap((line, index) =>
          index === 0 ? line : [{ type: 'linebreak', version: 1 }, ...line],
        ),
      };
    }
    case 'UL':
    case 'OL': {
      const ordered = element.tagName === 'OL';
      const items = Array.from(element.children).map((item, index) => ({
        ...block,
        type: 'listitem',
        value: index + 1,
        children: inlineOf(item, 0),
      }));
      return {
        ...block,
        type: 'list',
        listType: ordered ? 'number' : 'bullet',
        start: 1,
        tag: ordered ? 'ol' : 'ul',
        children: items,
      };
    }
    default:
      return { ...block, type: 'paragraph', children: inlineOf(element, 0) };
  }
}

function inlineOf(element: Element, format: number): Json[] {
  return Array.from(element.childNodes).flatMap((node): Json[] => {
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      return text === ''
        ? []
        : [{ type: 'text', text, format, detail: 0, mode: 'normal', style: '', version: 1 }];
    }
    if (node.nodeType !== 1) return [];
    const child = node as Element;
    if (child.tagName === 'BR') return [{ type: 'linebreak', version: 1 }];
    if (child.tagName === 'A') {
      return [
        {
          type: 'link',
          url: child.getAttribute('href') ?? '',
          direction: 'rtl',
          format: '',
          indent: 0,
          version: 1,
          children: inlineOf(child, format),
        },
      ];
    }
    return inlineOf(child, format | (FORMAT_BITS[child.tagName] ?? 0));
  });
}
