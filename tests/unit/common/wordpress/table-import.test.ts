// A table opened back from WordPress: the one Midad published comes back as its table node,
// the one WordPress's editor styled or the one that could run anything stays a protected block.
import { LinkNode } from '@lexical/link';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import { createEditor, type SerializedEditorState } from 'lexical';
import { describe, expect, it } from 'vitest';
import { checkArticleBody } from '../../../../common/document/article-document-check.ts';
import { TABLE_LIMITS } from '../../../../common/document/table-limits.ts';
import { importWordPressBlocks } from '../../../../common/wordpress/block-import.ts';
import { toWordPressBlocks } from '../../../../common/wordpress/block-markup.ts';
import * as blocks from '../../../fixtures/wordpress/editor-blocks.ts';
import {
  article,
  link,
  paragraph,
  table,
  text,
} from '../../../fixtures/wordpress/lexical-article.ts';

interface Node {
  type: string;
  text?: string;
  format?: number;
  url?: string;
  headerState?: number;
  blockName?: string;
  children?: Node[];
}

const tableBlock = (html: string, attributes = '') =>
  `<!-- wp:table${attributes} -->\n<figure class="wp-block-table">${html}</figure>\n<!-- /wp:table -->`;
const rootOf = (markup: string) =>
  importWordPressBlocks(markup).body.root as unknown as { children: Node[] };
const all = (node: Node, type: string): Node[] => [
  ...(node.type === type ? [node] : []),
  ...(node.children ?? []).flatMap((child) => all(child, type)),
];

/** The article as the editor holds it and saves it again: loaded into Lexical, then serialized. */
function throughTheEditor(body: unknown): unknown {
  const editor = createEditor({
    nodes: [LinkNode, TableNode, TableRowNode, TableCellNode],
    onError: (error) => {
      throw error;
    },
  });
  return withoutDrawnFormat(editor.parseEditorState(body as SerializedEditorState).toJSON());
}

/** Lexical sets a paragraph's textFormat and textStyle from its first text when it draws it. */
function withoutDrawnFormat(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (key, field: unknown) =>
    key === 'textFormat' || key === 'textStyle' ? undefined : field,
  );
}

describe('a table Midad published, opened back from WordPress', () => {
  const published = article(
    paragraph('نتائج الانتخابات البلدية'),
    table(
      true,
      ['المدينة', 'المقاعد'],
      [text('الرياض', 'bold'), link('https://news.example/riyadh', 'اثنا عشر')],
      ['جدة', text('٩', 'italic')],
    ),
    paragraph('المصدر: اللجنة العامة.'),
  );

  it('is the same table node, header row and all, and goes back to the site byte for byte', () => {
    const markup = toWordPressBlocks(published);
    const imported = importWordPressBlocks(markup);
    expect(imported.protectedBlocks).toBe(0);
    expect(throughTheEditor(imported.body)).toEqual(withoutDrawnFormat(published));
    expect(toWordPressBlocks(imported.body)).toBe(markup);
    expect(checkArticleBody(imported.body)).toEqual({ ok: true });
  });

  it('keeps the header row as header cells and the other rows as body cells', () => {
    const [, node] = rootOf(toWordPressBlocks(published)).children;
    expect(node!.type).toBe('table');
    const states = all(node!, 'tablerow').map((row) =>
      row.children!.map((cell) => cell.headerState),
    );
    expect(states).toEqual([
      [1, 1],
      [0, 0],
      [0, 0],
    ]);
  });

  it('keeps Arabic text bold and linked inside a cell', () => {
    const [, node] = rootOf(toWordPressBlocks(published)).children;
    const [, second] = all(node!, 'tablerow');
    const [bold, linked] = second!.children!.map((cell) => cell.children![0]!.children![0]!);
    expect(bold).toMatchObject({ type: 'text', text: 'الرياض', format: 1 });
    expect(linked).toMatchObject({
      type: 'link',
      url: 'https://news.example/riyadh',
      children: [{ type: 'text', text: 'اثنا عشر', format: 0 }],
    });
  });

  it('reads a table without a header row as body cells only', () => {
    const markup = toWordPressBlocks(article(table(false, ['أ', 'ب'], ['ج', ''])));
    const [node] = rootOf(markup).children;
    expect(all(node!, 'tablecell').map((cell) => cell.headerState)).toEqual([0, 0, 0, 0]);
    expect(toWordPressBlocks(importWordPressBlocks(markup).body)).toBe(markup);
  });

  it('gives a cell one paragraph a line, and keeps a blank line as a line break', () => {
    const markup = tableBlock(
      '<table><tbody><tr><td>السطر الأول<br>السطر الثاني</td><td>أ<br><br>ب<br></td></tr></tbody></table>',
    );
    const [node] = rootOf(markup).children;
    const [lines, blank] = all(node!, 'tablecell');
    expect(lines!.children!.map((line) => line.children!.map((child) => child.text))).toEqual([
      ['السطر الأول'],
      ['السطر الثاني'],
    ]);
    expect(blank!.children!.map((line) => line.children!.map((child) => child.type))).toEqual([
      ['text', 'linebreak'],
      ['text', 'linebreak'],
    ]);
    expect(toWordPressBlocks(importWordPressBlocks(markup).body)).toBe(markup);
  });
});

describe('a table Midad would not write back as it is', () => {
  const rows =
    '<tbody><tr><td>المدينة</td><td>الحرارة</td></tr><tr><td>الرياض</td><td>٣٥</td></tr></tbody>';

  it.each([
    ['with a caption', blocks.table],
    [
      'of the current editor, fixed layout',
      tableBlock(`<table class="has-fixed-layout">${rows}</table>`, ' {"hasFixedLayout":true}'),
    ],
    [
      'with a style',
      tableBlock(`<table>${rows}</table>`, ' {"className":"is-style-stripes"}').replace(
        'wp-block-table',
        'wp-block-table is-style-stripes',
      ),
    ],
    [
      'with an aligned column',
      tableBlock(
        '<table><tbody><tr><td class="has-text-align-center" data-align="center">أ</td></tr></tbody></table>',
      ),
    ],
    [
      'with merged cells',
      tableBlock(
        '<table><tbody><tr><td colspan="2">أ</td></tr><tr><td>ب</td><td>ج</td></tr></tbody></table>',
      ),
    ],
    [
      'with uneven rows',
      tableBlock('<table><tbody><tr><td>أ</td></tr><tr><td>ب</td><td>ج</td></tr></tbody></table>'),
    ],
    [
      'with a footer',
      tableBlock(`<table>${rows}<tfoot><tr><td>المجموع</td><td>٣٥</td></tr></tfoot></table>`),
    ],
    [
      'with two header rows',
      tableBlock('<table><thead><tr><th>أ</th></tr><tr><th>ب</th></tr></thead></table>'),
    ],
    [
      'with a header cell in the body',
      tableBlock('<table><tbody><tr><th>أ</th><td>ب</td></tr></tbody></table>'),
    ],
    [
      'with a paragraph in a cell',
      tableBlock('<table><tbody><tr><td><p>أ</p></td></tr></tbody></table>'),
    ],
    [
      'with a table in a cell',
      tableBlock(
        '<table><tbody><tr><td><table><tbody><tr><td>أ</td></tr></tbody></table></td></tr></tbody></table>',
      ),
    ],
    ['with no rows', tableBlock('<table></table>')],
    ['left unclosed', tableBlock('<table><tbody><tr><td>أ</td></tbody></table>')],
  ])('stays a protected block: a table %s', (_, markup) => {
    const imported = importWordPressBlocks(markup);
    expect(imported.protectedBlocks).toBe(1);
    expect(rootOf(markup).children.map((node) => node.blockName)).toEqual(['core/table']);
    expect(toWordPressBlocks(imported.body)).toBe(markup);
  });

  it(`stays a protected block past ${TABLE_LIMITS.maxRows} rows or ${TABLE_LIMITS.maxColumns} columns, and is read within them`, () => {
    const grid = (rowCount: number, columns: number) =>
      tableBlock(
        `<table><tbody>${`<tr>${'<td>س</td>'.repeat(columns)}</tr>`.repeat(rowCount)}</tbody></table>`,
      );
    expect(importWordPressBlocks(grid(TABLE_LIMITS.maxRows, 2)).protectedBlocks).toBe(0);
    expect(importWordPressBlocks(grid(1, TABLE_LIMITS.maxColumns)).protectedBlocks).toBe(0);
    expect(importWordPressBlocks(grid(TABLE_LIMITS.maxRows + 1, 2)).protectedBlocks).toBe(1);
    expect(importWordPressBlocks(grid(1, TABLE_LIMITS.maxColumns + 1)).protectedBlocks).toBe(1);
  });

  it('reads a huge malformed table in one pass', () => {
    const started = performance.now();
    const markup = tableBlock(`<table><tbody>${'<tr><td>'.repeat(200_000)}</tbody></table>`);
    expect(importWordPressBlocks(markup).protectedBlocks).toBe(1);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('hostile content in a cell', () => {
  it.each([
    ['an image with a handler', '<img src=x onerror="alert(1)">'],
    ['a script', '<script>alert(1)</script>'],
    ['a javascript: link', '<a href="javascript:alert(1)">اضغط</a>'],
    ['a hidden javascript: link', '<a href="java&#x09;script:alert(1)">اضغط</a>'],
    ['a link with a handler', '<a href="https://news.example/" onclick="alert(1)">اضغط</a>'],
    ['an svg', '<svg onload="alert(1)"></svg>'],
  ])('keeps the table a protected block rather than a table: %s', (_, cell) => {
    const markup = tableBlock(`<table><tbody><tr><td>${cell}</td></tr></tbody></table>`);
    expect(importWordPressBlocks(markup).protectedBlocks).toBe(1);
  });

  it('keeps a handler on a cell out of the table node', () => {
    const markup = tableBlock(
      '<table><tbody><tr><td onclick="alert(1)">أ</td></tr></tbody></table>',
    );
    expect(importWordPressBlocks(markup).protectedBlocks).toBe(1);
  });

  it('turns escaped markup into text that stays text on the way back', () => {
    const markup = tableBlock(
      '<table><tbody><tr><td>&lt;script&gt;alert(1)&lt;/script&gt; نص</td></tr></tbody></table>',
    );
    const [node] = rootOf(markup).children;
    expect(node!.type).toBe('table');
    expect(all(node!, 'text').map((child) => child.text)).toEqual(['<script>alert(1)</script> نص']);
    const written = toWordPressBlocks(importWordPressBlocks(markup).body);
    expect(written).toBe(markup);
    expect(written).not.toContain('<script');
  });
});
