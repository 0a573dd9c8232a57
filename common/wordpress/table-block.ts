// A table as WordPress's core/table block, as its save function of 6.1 writes it (and the
// current one still reads): <figure class="wp-block-table"><table><thead>…</thead><tbody>…
// </tbody></table></figure>, no attributes in the comment. A cell holds rich text, so its
// paragraphs are lines joined by <br>; lists and quotes inside a cell give their text lines.
// table-import.ts reads exactly this shape back when a post is opened from the site.
import { tableGridOf } from '../document/table-grid.ts';
import { coreBlock } from './block-comment.ts';
import { inlineHtml } from './inline-html.ts';
import { childrenOf, type SerializedNode } from './lexical-json.ts';

const INLINE_TYPES = new Set(['text', 'linebreak', 'tab', 'link', 'autolink', 'mark']);

/** The lines of a cell's blocks: each paragraph, heading or list item one line of inline HTML. */
function cellLines(nodes: readonly SerializedNode[]): string[] {
  const inline = nodes.filter((node) => INLINE_TYPES.has(String(node.type)));
  const blocks = nodes.filter((node) => !INLINE_TYPES.has(String(node.type)));
  const lines = inline.length > 0 ? [inlineHtml(inline)] : [];
  for (const block of blocks) lines.push(...cellLines(childrenOf(block)));
  return lines.filter((line) => line.trim() !== '');
}

function rowHtml(cells: SerializedNode[][], tag: 'td' | 'th'): string {
  return `<tr>${cells.map((cell) => `<${tag}>${cellLines(cell).join('<br>')}</${tag}>`).join('')}</tr>`;
}

export function tableBlock(node: SerializedNode): string {
  const grid = tableGridOf(node);
  if (!grid) return '';
  const [first, ...rest] = grid.rows;
  const head = grid.headerRow ? `<thead>${rowHtml(first, 'th')}</thead>` : '';
  const bodyRows = grid.headerRow ? rest : grid.rows;
  const body =
    bodyRows.length > 0
      ? `<tbody>${bodyRows.map((row) => rowHtml(row, 'td')).join('')}</tbody>`
      : '';
  return coreBlock(
    'table',
    {},
    `<figure class="wp-block-table"><table>${head}${body}</table></figure>`,
  );
}
