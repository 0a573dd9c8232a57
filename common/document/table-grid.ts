// A table node of the article body (Lexical's table, tablerow and tablecell JSON) read as a
// grid: its rows of cells, each cell's block nodes, and whether the first row is a header row.
// The WordPress markup and the exports write from this; anything that is not a row or a cell
// where one belongs is skipped.
import { childrenOf, type SerializedNode } from '../wordpress/lexical-json.ts';

/** Lexical's TableCellHeaderStates.ROW bit. */
const HEADER_ROW_BIT = 1;

export interface TableGrid {
  /** The first row's cells are all header cells: written as <thead> / a Markdown header. */
  headerRow: boolean;
  /** Each row's cells; each cell's block nodes (paragraphs, mostly). */
  rows: SerializedNode[][][];
}

export function tableGridOf(table: SerializedNode): TableGrid | null {
  const rows = childrenOf(table)
    .filter((row) => row.type === 'tablerow')
    .map((row) =>
      childrenOf(row)
        .filter((cell) => cell.type === 'tablecell')
        .map((cell) => childrenOf(cell)),
    )
    .filter((cells) => cells.length > 0);
  if (rows.length === 0) return null;
  const firstRow = childrenOf(childrenOf(table).find((row) => row.type === 'tablerow')!).filter(
    (cell) => cell.type === 'tablecell',
  );
  const headerRow = firstRow.every(
    (cell) => typeof cell.headerState === 'number' && (cell.headerState & HEADER_ROW_BIT) !== 0,
  );
  return { headerRow, rows };
}
