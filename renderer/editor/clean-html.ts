// Turns pasted or imported HTML (Word, Google Docs, LibreOffice, a web page, mammoth's
// .docx output) into the few elements an article has, each rebuilt from scratch in a new
// inert document: nothing of the source survives unless it is listed here.
import { cleanImage } from './clean-image.ts';
import { cleanTable } from './clean-table.ts';
import { isAllowedLinkUrl } from './link-url.ts';
import { hasContent, isEmptyBlock, tidyArticleBody } from './tidy-article-html.ts';
import { wordListMarker, type WordListItem } from './word-lists.ts';

/** A pasted image carried inside the HTML as a data: URL, to be stored with the draft. */
export interface PendingImage {
  id: string;
  mimeType: string;
  dataBase64: string;
}

export interface CleanOptions {
  /** Keep <img data-midad-hash> (images the host already stored for this draft: .docx import). */
  keepStoredImages?: boolean;
  /** Keep tables as tables (.docx import); otherwise their cells' blocks pass through. */
  keepTables?: boolean;
}

export interface CleanedHtml {
  /** A new document whose body holds only p, h2, h3, ul, ol, li, blockquote, hr, img, strong, em, a, br (and table, tbody, tr, th, td when kept). */
  document: Document;
  images: PendingImage[];
}

interface Marks {
  bold: boolean;
  italic: boolean;
}

interface Context {
  out: Document;
  options: CleanOptions;
  images: PendingImage[];
}

/** Gone with everything inside: code, embedded documents, forms' controls, metadata, foreign XML. */
const DROPPED = new Set(
  (
    'script style template noscript noembed noframes iframe frame frameset object embed applet param ' +
    'meta link base head title svg math canvas video audio source track picture map area ' +
    'input button select option optgroup textarea datalist output keygen xmp plaintext dialog portal xml'
  ).split(' '),
);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LISTS = new Set(['ul', 'ol']);
/** Boxes with no meaning of their own: their blocks pass through, their loose text is a paragraph. */
const CONTAINERS = new Set(
  (
    'div section article main header footer aside nav figure center table thead tbody tfoot tr td th caption ' +
    'form fieldset details summary dl dt dd address pre figcaption hgroup body html'
  ).split(' '),
);
const BLOCKS = new Set([...HEADINGS, ...LISTS, ...CONTAINERS, 'p', 'blockquote', 'li', 'hr']);

export function cleanHtml(source: Document, options: CleanOptions = {}): CleanedHtml {
  const out = source.implementation.createHTMLDocument('');
  const context: Context = { out, options, images: [] };
  const root = source.body ?? source.documentElement;
  appendFlow(
    root,
    out.body,
    context,
    { bold: false, italic: false },
    directionOf(root) ?? directionOf(source.documentElement),
  );
  tidyArticleBody(out.body);
  return { document: out, images: context.images };
}

/** Plain text as paragraphs: a blank line starts a new one, a single newline is a line break. */
export function plainTextDocument(text: string, like: Document): Document {
  const doc = like.implementation.createHTMLDocument('');
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n+/)) {
    const lines = chunk.split('\n');
    if (lines.every((line) => line.trim() === '')) continue;
    const p = doc.createElement('p');
    lines.forEach((line, index) => {
      if (index > 0) p.append(doc.createElement('br'));
      p.append(line);
    });
    doc.body.append(p);
  }
  return doc;
}

const tagOf = (node: Node): string =>
  node.nodeType === 1 ? (node as Element).localName.toLowerCase() : '';
const isElement = (node: Node): node is Element => node.nodeType === 1;

function styleOf(element: Element): Map<string, string> {
  const style = new Map<string, string>();
  for (const declaration of (element.getAttribute('style') ?? '').split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0)
      style.set(
        declaration.slice(0, colon).trim().toLowerCase(),
        declaration
          .slice(colon + 1)
          .trim()
          .toLowerCase(),
      );
  }
  return style;
}

function directionOf(element: Element): 'rtl' | 'ltr' | null {
  const dir = (
    element.getAttribute('dir') ??
    styleOf(element).get('direction') ??
    ''
  ).toLowerCase();
  return dir === 'rtl' || dir === 'ltr' ? dir : null;
}

function marksOf(element: Element, inherited: Marks): Marks {
  const tag = tagOf(element);
  const style = styleOf(element);
  let { bold, italic } = inherited;
  if (tag === 'b' || tag === 'strong') bold = true;
  if (tag === 'i' || tag === 'em') italic = true;
  // Google Docs wraps the whole clipboard in <b style="font-weight:normal">: not bold.
  const weight = style.get('font-weight');
  if (weight !== undefined)
    bold = /^(bold|bolder|[6-9]00)$/.test(weight)
      ? true
      : /^(normal|lighter|[1-5]00)$/.test(weight)
        ? false
        : bold;
  const fontStyle = style.get('font-style');
  if (fontStyle !== undefined)
    italic = /^(italic|oblique)/.test(fontStyle) ? true : fontStyle === 'normal' ? false : italic;
  return { bold, italic };
}

function hasBlockInside(element: Element): boolean {
  return [...element.children].some((child) => BLOCKS.has(tagOf(child)) || hasBlockInside(child));
}

/** Word's list bullets and numbers (mso-list:Ignore) are drawn by the list itself. */
function isWordJunk(element: Element): boolean {
  const style = styleOf(element);
  return (
    style.get('mso-list') === 'ignore' ||
    style.has('mso-element') || // comments, footnotes and their lists
    tagOf(element).includes(':') || // <o:p>, <w:…>, <v:…>
    element.classList.contains('MsoCommentReference')
  );
}

function appendFlow(
  source: Node,
  container: Element,
  context: Context,
  marks: Marks,
  dir: 'rtl' | 'ltr' | null,
): void {
  let loose: Element | null = null;
  const children = [...source.childNodes];
  for (let index = 0; index < children.length; index += 1) {
    const node = children[index];
    if (isElement(node) && wordListMarker(node)) {
      loose = null;
      const items: WordListItem[] = [];
      const listId = wordListMarker(node)?.listId;
      for (; index < children.length; index += 1) {
        const item = children[index];
        const marker = isElement(item) ? wordListMarker(item) : null;
        if (marker && (marker.listId === listId || marker.level > 1))
          items.push({ element: item as Element, ...marker });
        else if (item.nodeType !== 3 || item.textContent?.trim()) break;
      }
      index -= 1;
      container.append(wordList(items, context, marks, dir));
      continue;
    }
    if (isElement(node)) {
      const tag = tagOf(node);
      if (DROPPED.has(tag) || isWordJunk(node)) continue;
      const ownDir = directionOf(node) ?? dir;
      if (BLOCKS.has(tag) || hasBlockInside(node)) {
        loose = null;
        appendBlock(node, container, context, marksOf(node, marks), ownDir);
        continue;
      }
    } else if (node.nodeType !== 3 || (!node.textContent?.trim() && loose === null)) continue;
    if (loose === null) {
      loose = context.out.createElement('p');
      setDirection(loose, dir);
      container.append(loose);
    }
    appendPhrasing(node, loose, context, marks);
  }
  for (const block of [...container.children]) if (isEmptyBlock(block)) block.remove();
}

function appendBlock(
  element: Element,
  container: Element,
  context: Context,
  marks: Marks,
  dir: 'rtl' | 'ltr' | null,
): void {
  const tag = tagOf(element);
  const out = context.out;
  const wordClass = element.getAttribute('class') ?? '';
  if (tag === 'hr') {
    container.append(out.createElement('hr'));
  } else if (tag === 'table' && context.options.keepTables && !container.closest('table')) {
    const table = cleanTable(element, out, (from, cell) =>
      appendFlow(from, cell, context, marksOf(from, marks), directionOf(from) ?? dir),
    );
    if (table) container.append(table);
  } else if (LISTS.has(tag)) {
    container.append(list(element, context, marks, dir));
  } else if (HEADINGS.has(tag) || /^MsoTitle$/i.test(wordClass)) {
    const heading = out.createElement(HEADINGS.has(tag) ? tag : 'h1');
    fill(heading, element, context, marks, dir);
    container.append(heading);
  } else if (tag === 'blockquote' || /^Mso(Intense)?Quote$/i.test(wordClass)) {
    const quote = out.createElement('blockquote');
    fill(quote, element, context, marks, dir ?? firstDirection(element));
    container.append(quote);
  } else if (tag === 'p' && !hasBlockInside(element)) {
    fill(out.createElement('p'), element, context, marks, dir, container);
  } else {
    // A box (div, table cell, Docs' <b> wrapper): its blocks pass through.
    appendFlow(element, container, context, marks, dir);
  }
}

/** Appends the element's content to `target` as one block, then `target` to `into` when given. */
function fill(
  target: Element,
  source: Element,
  context: Context,
  marks: Marks,
  dir: 'rtl' | 'ltr' | null,
  into?: Element,
): void {
  setDirection(target, dir);
  appendPhrasing(source, target, context, marks, true);
  into?.append(target);
}

function firstDirection(element: Element): 'rtl' | 'ltr' | null {
  const first = element.querySelector('[dir]');
  return first ? directionOf(first) : null;
}

function list(
  element: Element,
  context: Context,
  marks: Marks,
  dir: 'rtl' | 'ltr' | null,
): Element {
  const out = context.out.createElement(tagOf(element));
  setDirection(out, dir);
  for (const child of [...element.childNodes]) {
    const tag = tagOf(child);
    if (tag === 'li') {
      const item = context.out.createElement('li');
      fill(
        item,
        child as Element,
        context,
        marksOf(child as Element, marks),
        directionOf(child as Element) ?? dir,
        out,
      );
    } else if (LISTS.has(tag)) {
      // Docs nests a list straight inside the list: it belongs to the item before it.
      const nested = list(child as Element, context, marks, directionOf(child as Element) ?? dir);
      (out.lastElementChild ?? out.appendChild(context.out.createElement('li'))).append(nested);
    } else if (child.textContent?.trim() && !(isElement(child) && DROPPED.has(tag))) {
      fill(
        context.out.createElement('li'),
        isElement(child) ? child : wrapText(child, context),
        context,
        marks,
        dir,
        out,
      );
    }
  }
  for (const item of [...out.children]) if (isEmptyBlock(item)) item.remove();
  return out;
}

function wrapText(node: Node, context: Context): Element {
  const span = context.out.createElement('span');
  span.textContent = node.textContent;
  return span;
}

/** Word's list paragraphs (mso-list: l0 level2) become nested <ul>/<ol>, by level. */
function wordList(
  items: WordListItem[],
  context: Context,
  marks: Marks,
  dir: 'rtl' | 'ltr' | null,
): Element {
  const stack: Element[] = [];
  for (const item of items) {
    while (stack.length > item.level) stack.pop();
    while (stack.length < item.level) {
      const nested = context.out.createElement(item.ordered ? 'ol' : 'ul');
      setDirection(nested, directionOf(item.element) ?? dir);
      const parentItem =
        stack.at(-1)?.lastElementChild ??
        stack.at(-1)?.appendChild(context.out.createElement('li'));
      parentItem?.append(nested);
      stack.push(nested);
    }
    const li = context.out.createElement('li');
    fill(
      li,
      item.element,
      context,
      marksOf(item.element, marks),
      directionOf(item.element) ?? dir,
      stack.at(-1),
    );
  }
  return stack[0];
}

/** Inline content into a block; blocks met inside it become lines of it (or nested lists in an item). */
function appendPhrasing(
  source: Node,
  target: Element,
  context: Context,
  marks: Marks,
  childrenOnly = false,
): void {
  const nodes = childrenOnly ? [...source.childNodes] : [source];
  for (const node of nodes) {
    if (node.nodeType === 3) {
      appendText(node.textContent ?? '', target, marks, context);
      continue;
    }
    if (!isElement(node)) continue;
    const tag = tagOf(node);
    if (DROPPED.has(tag) || isWordJunk(node)) continue;
    if (tag === 'br') {
      if (!node.classList.contains('Apple-interchange-newline'))
        target.append(context.out.createElement('br'));
    } else if (tag === 'img') {
      const image = cleanImage(node, context.out, context.options, context.images);
      if (image) target.append(image);
    } else if (tag === 'a') {
      appendLink(node, target, context, marksOf(node, marks));
    } else if (LISTS.has(tag) && tagOf(target) === 'li') {
      target.append(list(node, context, marks, directionOf(node)));
    } else if (BLOCKS.has(tag)) {
      if (hasContent(target)) target.append(context.out.createElement('br'));
      appendPhrasing(node, target, context, marksOf(node, marks), true);
    } else {
      appendPhrasing(node, target, context, marksOf(node, marks), true);
    }
  }
}

function appendLink(element: Element, target: Element, context: Context, marks: Marks): void {
  const href = (element.getAttribute('href') ?? '').trim();
  // A link inside a link, a bookmark (<a name>), a relative or unsafe address: its text only.
  if (href === '' || target.closest('a') || !isAllowedLinkUrl(href)) {
    appendPhrasing(element, target, context, marks, true);
    return;
  }
  const link = context.out.createElement('a');
  link.setAttribute('href', href);
  appendPhrasing(element, link, context, marks, true);
  if (hasContent(link)) target.append(link);
}

function appendText(text: string, target: Element, marks: Marks, context: Context): void {
  const collapsed = text.replace(/[ \t\n\r\f]+/g, ' ');
  if (collapsed === '') return;
  let node: Node = context.out.createTextNode(collapsed);
  if (collapsed.trim() !== '') {
    if (marks.italic) node = wrap('em', node, context);
    if (marks.bold) node = wrap('strong', node, context);
  }
  target.append(node);
}

function wrap(tag: string, node: Node, context: Context): Element {
  const element = context.out.createElement(tag);
  element.append(node);
  return element;
}

function setDirection(element: Element, dir: 'rtl' | 'ltr' | null): void {
  if (dir) element.setAttribute('dir', dir);
}
