// Paints find matches with the CSS Custom Highlight API under its own names (find-match,
// find-current): ranges over the editor's DOM, so neither the document, its undo history nor
// Lexical's reconciliation know of them, and no node is split to show a match. Rebuilt only
// when the matches change, and only from the matches' own text nodes.
import type { LexicalEditor } from 'lexical';
import type { ArticleMatch, MatchPart } from './article-matches.ts';

const supported = () =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

export class FindHighlights {
  readonly #all = supported() ? new Highlight() : null;
  readonly #current = supported() ? new Highlight() : null;

  constructor() {
    if (this.#all && this.#current) {
      // The current match is painted over the others.
      this.#current.priority = 1;
      CSS.highlights.set('find-match', this.#all);
      CSS.highlights.set('find-current', this.#current);
    }
  }

  show(editor: LexicalEditor, matches: readonly ArticleMatch[], currentIndex: number): void {
    this.clear();
    if (!this.#all || !this.#current) return;
    matches.forEach((match, index) => {
      const range = domRange(editor, match);
      if (range) (index === currentIndex ? this.#current : this.#all)!.add(range);
    });
  }

  clear(): void {
    this.#all?.clear();
    this.#current?.clear();
  }

  dispose(): void {
    this.clear();
    if (supported()) {
      CSS.highlights.delete('find-match');
      CSS.highlights.delete('find-current');
    }
  }
}

export function domRange(editor: LexicalEditor, match: ArticleMatch): Range | null {
  const first = match.parts[0];
  const last = match.parts.at(-1);
  if (!first || !last) return null;
  const start = domText(editor, first);
  const end = domText(editor, last);
  if (!start || !end) return null;
  const range = document.createRange();
  range.setStart(start, Math.min(first.start, start.length));
  range.setEnd(end, Math.min(last.end, end.length));
  return range;
}

/** The DOM text node a Lexical text node renders its text into (inside <strong>, <em>, …). */
function domText(editor: LexicalEditor, part: MatchPart): Text | null {
  const element = editor.getElementByKey(part.key);
  if (!element) return null;
  return element.ownerDocument
    .createTreeWalker(element, NodeFilter.SHOW_TEXT)
    .nextNode() as Text | null;
}
