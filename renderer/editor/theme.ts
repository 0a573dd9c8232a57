// Class names Lexical puts on the editor's elements; the look itself is in editor.css.
import type { EditorThemeClasses } from 'lexical';

export const editorTheme: EditorThemeClasses = {
  paragraph: 'ed-paragraph',
  heading: { h2: 'ed-h2', h3: 'ed-h3' },
  quote: 'ed-quote',
  list: {
    ul: 'ed-list ed-list-bullet',
    ol: 'ed-list ed-list-number',
    listitem: 'ed-list-item',
    nested: { listitem: 'ed-list-item-nested' },
  },
  link: 'ed-link',
  table: 'ed-table',
  tableRow: 'ed-table-row',
  tableCell: 'ed-table-cell',
  tableCellHeader: 'ed-table-header',
  tableScrollableWrapper: 'ed-table-scroll',
  // Read by renderer/editor/nodes/SuggestionNodes.ts, one class a kind of suggestion.
  suggestion: {
    insert: 'ed-suggest-insert',
    delete: 'ed-suggest-delete',
    format: 'ed-suggest-format',
  },
  // Review comments' anchors (renderer/features/review/comments); their tint is in comments.css.
  mark: 'review-mark',
  markOverlap: 'review-mark-overlap',
  hr: 'ed-hr',
  hrSelected: 'ed-hr-selected',
  text: {
    bold: 'ed-bold',
    italic: 'ed-italic',
    underline: 'ed-underline',
    strikethrough: 'ed-strikethrough',
    underlineStrikethrough: 'ed-underline-strikethrough',
  },
};
