// The inside of a block: Lexical's text nodes, line breaks and links as the HTML that
// WordPress's own rich text writes (<strong>, <em>, <s>, the underline span of its format
// library, <a href>). Everything the writer typed is escaped; only safe links survive.
import { noteLinkId } from '../document/note-links.ts';
import { escapeHtmlAttribute, escapeHtmlText } from './html-escape.ts';
import { childrenOf, stringField, type SerializedNode } from './lexical-json.ts';
import { safeLinkUrl } from './safe-url.ts';

// Lexical's text format bits, outermost mark first.
const MARKS: readonly { bit: number; open: string; close: string }[] = [
  { bit: 1, open: '<strong>', close: '</strong>' },
  { bit: 2, open: '<em>', close: '</em>' },
  { bit: 8, open: '<span style="text-decoration: underline;">', close: '</span>' },
  { bit: 4, open: '<s>', close: '</s>' },
  { bit: 16, open: '<code>', close: '</code>' },
  { bit: 32, open: '<sub>', close: '</sub>' },
  { bit: 64, open: '<sup>', close: '</sup>' },
];

const LINK_TYPES = new Set(['link', 'autolink']);

export function inlineHtml(nodes: readonly SerializedNode[]): string {
  return nodes.map(inlineNodeHtml).join('');
}

/** The visible text of inline nodes, to tell an empty block from one with content. */
export function inlineText(nodes: readonly SerializedNode[]): string {
  return nodes
    .map((node) =>
      node.type === 'linebreak' ? '\n' : stringField(node.text) + inlineText(childrenOf(node)),
    )
    .join('');
}

/** Text in the other direction than its block, kept apart from the surrounding Arabic. */
export function isolatedDirection(html: string, direction: string): string {
  return html === '' ? html : `<span dir="${escapeHtmlAttribute(direction)}">${html}</span>`;
}

function inlineNodeHtml(node: SerializedNode): string {
  if (node.type === 'linebreak') return '<br>';
  if (typeof node.text === 'string')
    return markedText(node.text, typeof node.format === 'number' ? node.format : 0);
  const inner = inlineHtml(childrenOf(node));
  if (LINK_TYPES.has(String(node.type)) && inner !== '') {
    const href = safeLinkUrl(node.url);
    const id = noteLinkId(href);
    if (href !== null)
      return `<a href="${escapeHtmlAttribute(href)}"${id ? ` id="${id}"` : ''}>${inner}</a>`;
  }
  // Other inline elements (review marks, a dropped link) keep only their content.
  return inner;
}

function markedText(text: string, format: number): string {
  if (text === '') return '';
  const marks = MARKS.filter((mark) => (format & mark.bit) !== 0);
  const open = marks.map((mark) => mark.open).join('');
  const close = marks
    .map((mark) => mark.close)
    .reverse()
    .join('');
  return `${open}${escapeHtmlText(text)}${close}`;
}
