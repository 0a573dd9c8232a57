import { TABLE_LIMITS } from '../../../../common/document/table-limits.ts';
import { describe, expect, it } from 'vitest';
import {
  checkArticleBody,
  DOCUMENT_LIMITS,
} from '../../../../common/document/article-document-check.ts';
import {
  bodyOf,
  link,
  longArticle,
  nestedLists,
  paragraph,
  textNode,
} from '../../../support/document/article-bodies.ts';

const refusal = (body: unknown) => {
  const check = checkArticleBody(body);
  return check.ok ? 'accepted' : check.code;
};

describe('the article schema every document entering Midad is checked against', () => {
  it('accepts what the editor writes: headings, lists, quotes, links, images, marks and suggestions', () => {
    const body = bodyOf(
      {
        type: 'heading',
        tag: 'h2',
        direction: null,
        format: '',
        indent: 0,
        version: 1,
        children: [textNode('عنوان')],
      },
      paragraph(
        textNode('نص '),
        link('https://example.com/خبر'),
        { type: 'linebreak', version: 1 },
        link('mailto:desk@example.com'),
      ),
      {
        type: 'quote',
        direction: null,
        format: '',
        indent: 0,
        version: 1,
        children: [textNode('اقتباس')],
      },
      { type: 'horizontalrule', version: 1 },
      {
        type: 'image',
        version: 1,
        hash: 'a'.repeat(64),
        fileName: 'صورة.jpg',
        alt: '',
        caption: '',
      },
      {
        type: 'image',
        version: 1,
        hash: 'b'.repeat(64),
        fileName: 'b.png',
        alt: '',
        caption: '',
        src: 'https://site.example/wp-content/uploads/b.png',
      },
      {
        type: 'image',
        version: 1,
        hash: 'c'.repeat(64),
        fileName: 'c.png',
        alt: '',
        caption: '',
        src: `midad-media:${'c'.repeat(64)}`,
      },
      {
        type: 'protected-block',
        version: 1,
        blockName: 'core/table',
        source: '<!-- wp:table --><figure></figure><!-- /wp:table -->',
      },
      paragraph(
        {
          type: 'mark',
          ids: ['c1'],
          direction: null,
          format: '',
          indent: 0,
          version: 1,
          children: [textNode('تعليق')],
        },
        {
          type: 'suggestion-insert',
          id: 's1',
          author: 'هدى',
          time: '2026-12-03T10:00:00.000Z',
          direction: null,
          format: '',
          indent: 0,
          version: 1,
          children: [textNode('أمس')],
        },
        {
          type: 'suggestion-format',
          id: 's2',
          author: 'هدى',
          time: '2026-12-03T10:00:00.000Z',
          before: 0,
          direction: null,
          format: '',
          indent: 0,
          version: 1,
          children: [textNode('عريض')],
        },
      ),
      nestedLists(12).root.children[0],
    );
    expect(checkArticleBody(body)).toEqual({ ok: true });
  });

  it('accepts a 20,000-word article with every word formatted, well inside its limits', () => {
    expect(checkArticleBody(longArticle())).toEqual({ ok: true });
  });

  it('names the node types it does not know, in the order they come', () => {
    const check = checkArticleBody(
      bodyOf(
        paragraph(textNode('أ')),
        { type: 'layout-container', children: [{ type: 'layout-item', children: [] }] },
        { type: 'poll', version: 1 },
      ),
    );
    expect(check).toMatchObject({
      ok: false,
      code: 'document.unknown_node',
      unknownTypes: ['layout-container', 'layout-item', 'poll'],
    });
  });

  const cell = (text: string) => ({
    type: 'tablecell',
    headerState: 0,
    children: [paragraph(textNode(text))],
  });
  const row = (...cells: object[]) => ({ type: 'tablerow', children: cells });
  const table = (...rows: object[]) => ({ type: 'table', children: rows });

  it('accepts a table in the root: rows of cells of paragraphs', () => {
    expect(checkArticleBody(bodyOf(table(row(cell('أ'), cell('ب')))))).toEqual({ ok: true });
  });

  it.each([
    [
      'a table inside a cell',
      bodyOf(table(row({ ...cell('أ'), children: [table(row(cell('ب')))] }))),
    ],
    ['a cell straight in a table', bodyOf(table(cell('أ')))],
    ['a paragraph in a row', bodyOf(table(row(paragraph(textNode('أ')))))],
    ['a row in the root', bodyOf(row(cell('أ')))],
  ])('refuses %s as malformed', (_name, body) => {
    expect(checkArticleBody(body)).toMatchObject({ ok: false, code: 'document.malformed' });
  });

  it('refuses a table past its limits of rows and columns', () => {
    const rows = Array.from({ length: TABLE_LIMITS.maxRows + 1 }, () => row(cell('أ')));
    expect(checkArticleBody(bodyOf(table(...rows)))).toMatchObject({
      ok: false,
      code: 'document.too_large',
    });
    const cells = Array.from({ length: TABLE_LIMITS.maxColumns + 1 }, () => cell('أ'));
    expect(checkArticleBody(bodyOf(table(row(...cells))))).toMatchObject({
      ok: false,
      code: 'document.too_large',
    });
  });

  it.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    ['java\tscript:alert(1)'],
    [' javascript:alert(1)'],
    ['vbscript:msgbox(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['file:///etc/passwd'],
    ['/relative/path'],
    [''],
    [42],
    [null],
  ])('refuses a link to %j', (url) => {
    expect(refusal(bodyOf(paragraph(link(url))))).toBe('document.unsafe_url');
  });

  it.each([
    ['javascript:alert(1)'],
    ['midad-media:../../etc/passwd'],
    ['data:text/html;base64,PHNjcmlwdD4='],
    ['data:image/svg+xml,<svg onload=alert(1)>'],
    ['vbscript:x'],
    [{ toString: 1 }],
  ])('refuses an image whose address is %j', (src) => {
    expect(
      refusal(
        bodyOf({
          type: 'image',
          version: 1,
          hash: 'a'.repeat(64),
          fileName: 'a.png',
          alt: '',
          caption: '',
          src,
        }),
      ),
    ).toBe('document.unsafe_url');
  });

  it.each([
    ['a body without a root', {}],
    ['a root that is not a root', { root: { type: 'paragraph', children: [] } }],
    ['a second root inside', bodyOf({ type: 'root', children: [] })],
    ['a node that is a string', bodyOf('نص')],
    ['a node that is a list', bodyOf([paragraph()])],
    ['a type that is an object', bodyOf({ type: { toString: null }, children: [] })],
    ['a paragraph without children', bodyOf({ type: 'paragraph' })],
    ['children that are not a list', bodyOf({ type: 'paragraph', children: { 0: textNode('x') } })],
    ['a text node without text', bodyOf(paragraph({ type: 'text', text: 7 }))],
    [
      'a protected block without markup',
      bodyOf({ type: 'protected-block', blockName: 'core/html' }),
    ],
    [
      'a field nested inside a field',
      bodyOf(paragraph({ ...textNode('x'), style: { a: { b: {} } } })),
    ],
    ['text straight in the root', bodyOf(textNode('نص'))],
    ['a link straight in the root', bodyOf(link('https://example.com'))],
    ['a list item outside a list', bodyOf(paragraph({ type: 'listitem', children: [] }))],
    [
      'a paragraph straight in a list',
      bodyOf({ type: 'list', listType: 'bullet', children: [paragraph(textNode('بند'))] }),
    ],
  ])('refuses %s as malformed', (_name, body) => {
    expect(refusal(body)).toBe('document.malformed');
  });

  it('refuses 10,000 nested lists with its code, not a stack overflow', () => {
    expect(refusal(nestedLists(10_000))).toBe('document.too_deep');
  });

  it('takes nesting up to its depth limit and refuses one level more', () => {
    // Each nested level is two nodes (a list and its item), under the root and the outer list and item.
    const fits = (DOCUMENT_LIMITS.maxDepth - 3) / 2;
    expect(refusal(nestedLists(Math.floor(fits)))).toBe('accepted');
    expect(refusal(nestedLists(Math.floor(fits) + 1))).toBe('document.too_deep');
  });

  it('refuses more nodes than an article has, before walking them', () => {
    const runs = Array.from({ length: DOCUMENT_LIMITS.maxNodes }, () => ({
      type: 'linebreak',
      version: 1,
    }));
    expect(refusal(bodyOf({ ...paragraph(), children: runs }))).toBe('document.too_many_nodes');
  });

  it('refuses a 50 MB text with its code', () => {
    expect(refusal(bodyOf(paragraph(textNode('ا'.repeat(50_000_000)))))).toBe('document.too_large');
  });

  it('counts a protected block’s markup and every other string toward the size', () => {
    const half = 'x'.repeat(DOCUMENT_LIMITS.maxTextChars / 2);
    expect(
      refusal(
        bodyOf(
          { type: 'protected-block', blockName: 'core/html', source: half },
          paragraph({ ...textNode('ب'), style: half }),
        ),
      ),
    ).toBe('document.too_large');
  });
});
