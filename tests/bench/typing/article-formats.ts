// The generated article in the three shapes the pages load: Lexical's serialized
// editor state, Midad's draft (written by its draft library), and plain HTML.
import { articleMeta } from '../../../common/document/article-content.ts';
import type { DraftContent } from '../../../electron/contract/index.ts';
import type { Block, GeneratedArticle, Inline } from './article.ts';

type SerializedNode = Record<string, unknown>;

const IS_BOLD = 1;

function textNode(inline: Inline): SerializedNode {
  return {
    type: 'text',
    version: 1,
    text: inline.text,
    format: inline.bold ? IS_BOLD : 0,
    detail: 0,
    mode: 'normal',
    style: '',
  };
}

function inlineNode(inline: Inline): SerializedNode {
  if (!inline.link) return textNode(inline);
  return {
    ...elementFields('link'),
    url: inline.link,
    rel: 'noreferrer',
    target: null,
    title: null,
    children: [textNode({ text: inline.text })],
  };
}

function elementFields(type: string): SerializedNode {
  return { type, version: 1, direction: 'rtl', format: '', indent: 0 };
}

function blockNode(block: Block): SerializedNode {
  switch (block.kind) {
    case 'paragraph':
      return {
        ...elementFields('paragraph'),
        textFormat: 0,
        textStyle: '',
        children: block.inlines.map(inlineNode),
      };
    case 'heading':
      return { ...elementFields('heading'), tag: 'h2', children: block.inlines.map(inlineNode) };
    case 'quote':
      return { ...elementFields('quote'), children: block.inlines.map(inlineNode) };
    case 'list':
      return {
        ...elementFields('list'),
        listType: block.ordered ? 'number' : 'bullet',
        start: 1,
        tag: block.ordered ? 'ol' : 'ul',
        children: block.items.map((item, index) => ({
          ...elementFields('listitem'),
          value: index + 1,
          children: item.map(inlineNode),
        })),
      };
  }
}

export function toLexicalState(article: GeneratedArticle): { root: SerializedNode } {
  return { root: { ...elementFields('root'), children: article.blocks.map(blockNode) } };
}

/** The draft Midad opens (DraftContent in electron/contract/drafts.ts). */
export function toDraftContent(article: GeneratedArticle): DraftContent {
  return {
    meta: articleMeta({
      headline: `مقال تجريبي من ${article.words} كلمة`,
      kicker: 'اقتصاد',
      section: 'اقتصاد',
      byline: 'فريق مداد',
      excerpt: 'مقال مولد لقياس سرعة الكتابة في المحرر.',
      tags: ['قياس', 'اقتصاد'],
    }),
    body: toLexicalState(article) as DraftContent['body'],
  };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function inlineHtml(inline: Inline): string {
  const text = escapeHtml(inline.text);
  if (inline.link) return `<a href="${escapeHtml(inline.link)}" rel="noreferrer">${text}</a>`;
  return inline.bold ? `<strong>${text}</strong>` : text;
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p dir="rtl">${block.inlines.map(inlineHtml).join('')}</p>`;
    case 'heading':
      return `<h2 dir="rtl">${block.inlines.map(inlineHtml).join('')}</h2>`;
    case 'quote':
      return `<blockquote dir="rtl">${block.inlines.map(inlineHtml).join('')}</blockquote>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const items = block.items
        .map((item) => `<li dir="rtl">${item.map(inlineHtml).join('')}</li>`)
        .join('');
      return `<${tag} dir="rtl">${items}</${tag}>`;
    }
  }
}

export function toHtml(article: GeneratedArticle): string {
  return article.blocks.map(blockHtml).join('\n');
}
