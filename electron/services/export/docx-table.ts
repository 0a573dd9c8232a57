// An article's table in the .docx export: a Word table laid out right to left for an RTL
// article, full width, its header row repeated on each page, each line of a cell a paragraph.
import {
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { InlineRun, TableBlock } from '../../../common/document/article-blocks.ts';
import type { TextDirection } from '../../../common/wordpress/lexical-json.ts';

type RunsOf = (inline: readonly InlineRun[], direction: TextDirection) => ParagraphChild[];

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '999999' };

export function docxTable(table: TableBlock, runsOf: RunsOf): Table {
  const rtl = table.direction === 'rtl';
  const width = Math.max(...table.rows.map((row) => row.length));
  return new Table({
    visuallyRightToLeft: rtl,
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    rows: table.rows.map(
      (cells, index) =>
        new TableRow({
          // Only on the header row: mammoth, and so the import, reads any w:tblHeader as on.
          ...(table.headerRow && index === 0 ? { tableHeader: true } : {}),
          children: Array.from({ length: width }, (_, column) => {
            const lines = cells[column] ?? [];
            return new TableCell({
              children: (lines.length > 0 ? lines : [[]]).map(
                (line) =>
                  new Paragraph({
                    bidirectional: rtl,
                    children: runsOf(
                      table.headerRow && index === 0 ? boldRuns(line) : line,
                      table.direction,
                    ),
                  }),
              ),
            });
          }),
        }),
    ),
  });
}

function boldRuns(line: readonly InlineRun[]): InlineRun[] {
  return line.map((run) =>
    run.kind === 'text' ? { ...run, marks: { ...run.marks, bold: true } } : run,
  );
}
