// Article bodies for the tests: ordinary ones, and the shapes an attacker (or a newer Midad)
// would hand over to the trust boundary: nested deep, huge, unknown or unsafe.
import { articleBody } from '../../../common/document/article-content.ts';

export const textNode = (text: string) => ({
  type: 'text',
  text,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
});

export const paragraph = (...children: unknown[]) => ({
  type: 'paragraph',
  direction: null,
  format: '',
  indent: 0,
  version: 1,
  textFormat: 0,
  textStyle: '',
  children,
});

/** A paragraph set right to left, as the editor saves one the writer typed in Arabic. */
export const rightToLeftParagraph = (...children: unknown[]) => ({
  ...paragraph(...children),
  direction: 'rtl',
});

export const bodyOf = (...children: unknown[]) => articleBody(children);

export const link = (url: unknown, text = 'الرابط') => ({
  type: 'link',
  url,
  rel: null,
  target: null,
  title: null,
  direction: null,
  format: '',
  indent: 0,
  version: 1,
  children: [textNode(text)],
});

/** `levels` lists, each inside an item of the one above: what a file made to overflow a recursive walker holds. */
export function nestedLists(levels: number) {
  let inner: Record<string, unknown> = {
    type: 'listitem',
    value: 1,
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    children: [textNode('عمق')],
  };
  for (let level = 0; level < levels; level += 1) {
    const list = {
      type: 'list',
      listType: 'bullet',
      start: 1,
      tag: 'ul',
      direction: null,
      format: '',
      indent: 0,
      version: 1,
      children: [inner],
    };
    inner = {
      type: 'listitem',
      value: 1,
      direction: null,
      format: '',
      indent: 0,
      version: 1,
      children: [list],
    };
  }
  return bodyOf({
    type: 'list',
    listType: 'bullet',
    start: 1,
    tag: 'ul',
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    children: [inner],
  });
}

/** A 20,000-word article, every word of it in its own formatted run: the size the limits must welcome. */
export function longArticle(words = 20_000) {
  const paragraphs = [];
  for (let start = 0; start < words; start += 50) {
    const runs = [];
    for (let word = start; word < Math.min(start + 50, words); word += 1)
      runs.push({ ...textNode('الصحفيون '), format: word % 2 });
    paragraphs.push(paragraph(...runs));
  }
  return bodyOf(...paragraphs);
}

/** nestedLists as JSON text, written by hand: JSON.stringify itself overflows on it, as a file made elsewhere need not. */
export function nestedListsJson(levels: number): string {
  const item = (inner: string) =>
    `{"type":"listitem","value":1,"direction":null,"format":"","indent":0,"version":1,"children":[${inner}]}`;
  const list = (inner: string) =>
    `{"type":"list","listType":"bullet","start":1,"tag":"ul","direction":null,"format":"","indent":0,"version":1,"children":[${inner}]}`;
  // An item opened, and a list opened inside it: `levels` times, then all closed.
  const opening = `${item('').slice(0, -2)}${list('').slice(0, -2)}`;
  const closing = ']}]}';
  const innermost = item(JSON.stringify(textNode('عمق')));
  const nested = opening.repeat(levels) + innermost + closing.repeat(levels);
  return `{"root":{"type":"root","direction":"rtl","format":"","indent":0,"version":1,"children":[${list(nested)}]}}`;
}
