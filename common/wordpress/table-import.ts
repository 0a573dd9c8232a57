// WordPress's table block as Midad's table node (Lexical's table, tablerow and tablecell
// JSON, as the editor saves them): read only in the shape table-block.ts writes, a figure
// holding a bare <table> with an optional <thead> of one row of <th> and a <tbody> of rows of
// <td>, every row as long as the first and within TABLE_LIMITS. Cell contents go through the
// same inline reading as a paragraph's. Any other table (a caption, a class, a cell's
// alignment, merged or uneven cells, a block inside a cell) is null, and the caller keeps it
// as it is on the site. The markup is untrusted: it is read left to right once, no
// backtracking pattern runs over its rows. Pure.
import { TABLE_LIMITS } from '../document/table-limits.ts';
import { inlineText } from './inline-html.ts';
import { elementNode, inlineNodesOf, type LexicalNodeJson } from './inline-import.ts';

/** Lexical's TableCellHeaderStates: NO_STATUS for a body cell, ROW for a header row's. */
const BODY_CELL = 0;
const HEADER_ROW_CELL = 1;

const FIGURE = /^\s*<figure class="wp-block-table"><table>([\s\S]*)<\/table><\/figure>\s*$/;

/** The table node of a core/table block's inner HTML, or null when Midad would not write it back. */
export function tableNodeOf(inner: string): LexicalNodeJson | null {
  const match = FIGURE.exec(inner);
  if (!match) return null;
  const reader = { html: match[1]!, at: 0 };
  const head = rowsIn(reader, 'thead', 'th');
  const body = rowsIn(reader, 'tbody', 'td');
  if (!head || !body || reader.at !== reader.html.length || head.length > 1) return null;
  const sources = [...head, ...body];
  const width = sources[0]?.length ?? 0;
  if (width === 0 || sources.length > TABLE_LIMITS.maxRows) return null;
  if (sources.some((row) => row.length !== width)) return null;
  const rows: LexicalNodeJson[] = [];
  for (const [index, source] of sources.entries()) {
    const headerState = index < head.length ? HEADER_ROW_CELL : BODY_CELL;
    const cells: LexicalNodeJson[] = [];
    for (const html of source) {
      const inline = inlineNodesOf(html);
      if (!inline) return null;
      cells.push(tableCell(cellParagraphs(inline), headerState));
    }
    rows.push(elementNode('tablerow', cells, null));
  }
  return elementNode('table', rows, null);
}

interface Reader {
  html: string;
  at: number;
}

function take(reader: Reader, tag: string): boolean {
  if (!reader.html.startsWith(tag, reader.at)) return false;
  reader.at += tag.length;
  return true;
}

/**
 * The cells' HTML of each row of a section, [] when the section is absent, or null when it is
 * not as Midad writes it. A cell ends at the first closing tag of its kind; a table or any
 * other tag inside it is for the inline reading to refuse.
 */
function rowsIn(reader: Reader, section: 'thead' | 'tbody', cell: 'th' | 'td'): string[][] | null {
  if (!take(reader, `<${section}>`)) return [];
  const rows: string[][] = [];
  while (take(reader, '<tr>')) {
    if (rows.length === TABLE_LIMITS.maxRows) return null;
    const cells: string[] = [];
    while (take(reader, `<${cell}>`)) {
      if (cells.length === TABLE_LIMITS.maxColumns) return null;
      const closing = `</${cell}>`;
      const end = reader.html.indexOf(closing, reader.at);
      if (end < 0) return null;
      cells.push(reader.html.slice(reader.at, end));
      reader.at = end + closing.length;
    }
    if (!take(reader, '</tr>')) return null;
    rows.push(cells);
  }
  return take(reader, `</${section}>`) && rows.length > 0 ? rows : null;
}

/**
 * A cell's lines as its paragraphs again: table-block.ts joins a cell's paragraphs with <br>
 * and leaves blank ones out, so a blank line is a line break kept inside its neighbour.
 */
function cellParagraphs(inline: LexicalNodeJson[]): LexicalNodeJson[] {
  const lines: LexicalNodeJson[][] = [[]];
  for (const node of inline) {
    if (node.type === 'linebreak') lines.push([]);
    else lines.at(-1)!.push(node);
  }
  const paragraphs = [lines[0]!];
  for (const line of lines.slice(1)) {
    const current = paragraphs.at(-1)!;
    if (isBlank(current) || isBlank(line)) current.push({ type: 'linebreak', version: 1 }, ...line);
    else paragraphs.push(line);
  }
  return paragraphs.map((children) => elementNode('paragraph', children, null));
}

function isBlank(nodes: LexicalNodeJson[]): boolean {
  return inlineText(nodes).trim() === '';
}

function tableCell(children: LexicalNodeJson[], headerState: number): LexicalNodeJson {
  return {
    ...elementNode('tablecell', children, null),
    headerState,
    colSpan: 1,
    rowSpan: 1,
    backgroundColor: null,
  };
}
