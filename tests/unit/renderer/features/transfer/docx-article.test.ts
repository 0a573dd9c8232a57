// @vitest-environment jsdom
// A .docx from each producer through the whole import (the host's conversion, the renderer's
// cleaning into the article's Lexical state), then out again: the body passes the document
// check, its table is a core/table block with a header row, its notes link both ways, its
// picture has its caption, and the Markdown has the table.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticleBody } from '../../../../../common/document/article-document-check.ts';
import { toWordPressBlocks } from '../../../../../common/wordpress/block-markup.ts';
import { importDocx } from '../../../../../electron/services/drafts/docx-import.ts';
import { articleMarkdown } from '../../../../../electron/services/export/markdown-export.ts';
import { bodyFromDocxHtml } from '../../../../../renderer/features/transfer/docx-body.ts';
import {
  freshDataDir,
  meta,
  openLibrary,
} from '../../../electron/services/drafts/library-fixture.ts';

interface Node {
  type: string;
  text?: string;
  url?: string;
  caption?: string;
  direction?: string | null;
  headerState?: number;
  children?: Node[];
}

const fixture = (name: string) =>
  // jsdom's environment gives import.meta.url no file: address; the tests run from the repository's root.
  new Uint8Array(readFileSync(path.resolve('tests/fixtures/docx', name)));
const textOf = (node: Node): string => node.text ?? (node.children ?? []).map(textOf).join('');
const all = (node: Node, type: string): Node[] => [
  ...(node.type === type ? [node] : []),
  ...(node.children ?? []).flatMap((child) => all(child, type)),
];

async function imported(name: string) {
  const library = await openLibrary(await freshDataDir());
  const { html, report } = await importDocx(library, fixture(name));
  const body = bodyFromDocxHtml(html);
  return { body, root: (body as unknown as { root: Node }).root, report };
}

describe.each([
  ['pandoc-article.docx', 'iPhone مبيعات', ['المدينة', 'المقاعد'], 'صورة من مركز الاقتراع'],
  ['python-docx-article.docx', 'WHO أعلنت', ['البلد', 'النسبة'], 'حملة التطعيم في إحدى المدارس'],
])('the article made from %s', (name, latinFirst, header, caption) => {
  it('keeps the Latin-first paragraph right-to-left and the quote a quote', async () => {
    const { root } = await imported(name);
    const paragraph = root.children!.find((node) => textOf(node).startsWith(latinFirst))!;
    expect(paragraph).toMatchObject({ type: 'paragraph', direction: 'rtl' });
    expect(all(root, 'quote')).toHaveLength(1);
  });

  it('has a real table with its header row, right to left, published as core/table', async () => {
    const { body, root } = await imported(name);
    const [table] = all(root, 'table');
    expect(root.children).toContain(table);
    const rows = all(table, 'tablerow');
    expect(rows).toHaveLength(3);
    expect(rows[0].children!.map(textOf)).toEqual(header);
    // Lexical's header row bit (its first cell is also the first column's: 3).
    expect(rows[0].children!.every((cell) => ((cell.headerState ?? 0) & 1) === 1)).toBe(true);
    expect(rows[1].children!.every((cell) => cell.headerState === 0)).toBe(true);
    expect(checkArticleBody(body)).toEqual({ ok: true });
    const markup = toWordPressBlocks(body);
    expect(markup).toContain(
      `<!-- wp:table -->\n<figure class="wp-block-table"><table><thead><tr><th>${header[0]}</th><th>${header[1]}</th></tr></thead><tbody>`,
    );
    expect(articleMarkdown({ meta, body })).toContain(
      `| ${header[0]} | ${header[1]} |\n| --- | --- |`,
    );
  });

  it('moves the footnote to a note at the end, marker and note linked both ways, no ↑', async () => {
    const { body, root } = await imported(name);
    const links = all(root, 'link').map((link) => [link.url, textOf(link)]);
    expect(links).toEqual([
      ['#note-1', '[1]'],
      ['#note-ref-1', '[1]'],
    ]);
    expect(JSON.stringify(body)).not.toContain('↑');
    const last = root.children!.at(-1)!;
    expect(last.type).toBe('paragraph');
    expect(textOf(last)).toMatch(/^\[1\] /);
    expect(root.children!.at(-2)!.type).toBe('horizontalrule');
    const markup = toWordPressBlocks(body);
    expect(markup).toContain('<a href="#note-1" id="note-ref-1">[1]</a>');
    expect(markup).toContain('<a href="#note-ref-1" id="note-1">[1]</a>');
  });

  it('puts the caption into the picture and leaves no caption paragraph', async () => {
    const { root } = await imported(name);
    expect(all(root, 'image').map((image) => image.caption)).toEqual([caption]);
    expect(root.children!.filter((node) => textOf(node) === caption)).toEqual([]);
  });
});
