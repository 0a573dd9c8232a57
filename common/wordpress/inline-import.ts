// The inside of a paragraph, heading, list item or table cell as Lexical's inline nodes: text
// with the marks inline-html.ts writes (bold, italic, underline, strike, code, sub, sup), line
// breaks and links. Anything else makes the whole thing unreadable (null), and the caller
// keeps the block as it is on the site rather than guess. Pure.
import { decodeEntities } from './block-text.ts';
import { safeLinkUrl } from './safe-url.ts';

export type LexicalNodeJson = Record<string, unknown>;

const MARK_BITS: Record<string, number> = { strong: 1, em: 2, s: 4, code: 16, sub: 32, sup: 64 };
const UNDERLINE = 'span style="text-decoration: underline;"';
const TOKEN = /<(\/?)([a-z][a-z0-9]*)([^>]*)>|([^<]+)/gi;

/** Lexical inline nodes for the HTML, or null when it holds anything Midad would not write back. */
export function inlineNodesOf(html: string): LexicalNodeJson[] | null {
  const root: LexicalNodeJson[] = [];
  let children = root;
  let format = 0;
  const stack: { tag: string; bit: number; outer: LexicalNodeJson[] | null }[] = [];
  for (const [, closing, rawTag, rest, text] of html.matchAll(TOKEN)) {
    if (text !== undefined) {
      if (text.includes('>')) return null;
      children.push(textNode(decodeEntities(text), format));
      continue;
    }
    const tag = rawTag!.toLowerCase();
    if (tag === 'br' && !closing) {
      children.push({ type: 'linebreak', version: 1 });
      continue;
    }
    if (closing) {
      const top = stack.pop();
      if (!top || top.tag !== tag) return null;
      format &= ~top.bit;
      if (top.outer) children = top.outer;
      continue;
    }
    if (MARK_BITS[tag] !== undefined && rest === '') {
      stack.push({ tag, bit: MARK_BITS[tag], outer: null });
      format |= MARK_BITS[tag];
    } else if (`${tag}${rest}` === UNDERLINE) {
      stack.push({ tag, bit: 8, outer: null });
      format |= 8;
    } else if (tag === 'a') {
      const href = /^\s+href="([^"]*)"$/.exec(rest!)?.[1];
      const url = href === undefined ? null : safeLinkUrl(decodeEntities(href));
      if (url === null || stack.some((open) => open.tag === 'a')) return null;
      const link = linkNode(url);
      children.push(link);
      stack.push({ tag, bit: 0, outer: children });
      children = link.children as LexicalNodeJson[];
    } else {
      return null;
    }
  }
  return stack.length === 0 ? root : null;
}

function textNode(text: string, format: number): LexicalNodeJson {
  return { type: 'text', text, format, detail: 0, mode: 'normal', style: '', version: 1 };
}

function linkNode(url: string): LexicalNodeJson {
  return { ...elementNode('link', [], null), url, rel: null, target: null, title: null };
}

/** An element node's JSON (a paragraph, a list, a table cell…) with Lexical's defaults. */
export function elementNode(
  type: string,
  children: LexicalNodeJson[],
  direction: string | null,
): LexicalNodeJson {
  return { type, children, direction, format: '', indent: 0, version: 1 };
}
