// A table of an imported document rebuilt for the article's table node: rows of cells, each
// cell's content as blocks, the first row a header row when the source said so (<thead> or
// <th>). Merged cells are spread into a plain grid (WordPress's table block of 6.1 has no
// spans): the merged cell's content stays in its first cell, the others are left empty.
import { TABLE_LIMITS } from '../../common/document/table-limits.ts';

/** Fills `cell` with the blocks of `source` (clean-html's own flow, passed in to avoid a cycle). */
export type FillCell = (source: Element, cell: Element) => void;

const span = (cell: Element, name: string) =>
  Math.min(Math.max(Number(cell.getAttribute(name)) || 1, 1), TABLE_LIMITS.maxRows);

/** The source's rows in order (thead, tbody, tfoot or straight in the table), nested tables' rows not among them. */
function rowsOf(table: Element): Element[] {
  return [...table.querySelectorAll('tr')].filter((row) => row.closest('table') === table);
}

export function cleanTable(source: Element, out: Document, fillCell: FillCell): Element | null {
  const rows = rowsOf(source).slice(0, TABLE_LIMITS.maxRows);
  if (rows.length === 0) return null;
  // grid[r][c]: the source cell that starts there, or null where a merged cell spreads.
  const grid: (Element | null)[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.children) {
      if (cell.localName !== 'td' && cell.localName !== 'th') continue;
      while (grid[r][c] !== undefined) c += 1;
      const rowSpan = span(cell, 'rowspan');
      const colSpan = span(cell, 'colspan');
      for (let dr = 0; dr < rowSpan && r + dr < rows.length; dr += 1)
        for (let dc = 0; dc < colSpan; dc += 1)
          grid[r + dr][c + dc] = dr === 0 && dc === 0 ? cell : null;
      c += colSpan;
    }
  });
  const columns = Math.min(Math.max(...grid.map((row) => row.length)), TABLE_LIMITS.maxColumns);
  if (columns === 0) return null;
  const headerRow =
    rows[0].parentElement?.localName === 'thead' ||
    [...rows[0].children].every((cell) => cell.localName === 'th');
  const table = out.createElement('table');
  const body = out.createElement('tbody');
  table.append(body);
  grid.forEach((cells, r) => {
    const row = out.createElement('tr');
    for (let c = 0; c < columns; c += 1) {
      const cell = out.createElement(r === 0 && headerRow ? 'th' : 'td');
      const from = cells[c];
      if (from) fillCell(from, cell);
      if (cell.childElementCount === 0) cell.append(out.createElement('p'));
      row.append(cell);
    }
    body.append(row);
  });
  return table;
}
