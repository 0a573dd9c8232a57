// Underlines for findings drawn with the CSS Custom Highlight API: ranges over the editor's
// DOM, painted by ::highlight() in CSS. The document and its DOM are never changed, so
// Lexical's reconciliation and the saved article know nothing of them.
import type { LexicalEditor, NodeKey } from 'lexical';
import type { Finding } from '../../../common/arabic/house-style/options.ts';
import type { TextSegment } from './lexical-blocks.ts';

/** Findings with a fix, and advice (no automatic fix), are painted apart. */
const HIGHLIGHT_NAMES = { fix: 'house-style', advice: 'house-style-advice' } as const;

const supported = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

export class FindingHighlights {
  private readonly fix = supported() ? new Highlight() : null;
  private readonly advice = supported() ? new Highlight() : null;
  private readonly byBlock = new Map<NodeKey, Range[]>();

  constructor() {
    if (this.fix && this.advice) {
      CSS.highlights.set(HIGHLIGHT_NAMES.fix, this.fix);
      CSS.highlights.set(HIGHLIGHT_NAMES.advice, this.advice);
    }
  }

  /** Replaces the block's underlines; call inside editor.read, after the DOM is reconciled. */
  showBlock(editor: LexicalEditor, blockKey: NodeKey, segments: readonly TextSegment[], findings: readonly Finding[]): void {
    this.deleteBlock(blockKey);
    if (!this.fix || !this.advice || findings.length === 0) return;
    const ranges: Range[] = [];
    for (const finding of findings) {
      const range = domRange(editor, segments, finding.start, finding.end);
      if (!range) continue;
      (finding.fix === null ? this.advice : this.fix).add(range);
      ranges.push(range);
    }
    this.byBlock.set(blockKey, ranges);
  }

  deleteBlock(blockKey: NodeKey): void {
    for (const range of this.byBlock.get(blockKey) ?? []) {
      this.fix?.delete(range);
      this.advice?.delete(range);
    }
    this.byBlock.delete(blockKey);
  }

  dispose(): void {
    this.byBlock.clear();
    if (!this.fix || !this.advice) return;
    if (CSS.highlights.get(HIGHLIGHT_NAMES.fix) === this.fix) CSS.highlights.delete(HIGHLIGHT_NAMES.fix);
    if (CSS.highlights.get(HIGHLIGHT_NAMES.advice) === this.advice) CSS.highlights.delete(HIGHLIGHT_NAMES.advice);
  }
}

/** The DOM text node a TextNode renders into (inside <strong><em>… when formatted). */
function domText(editor: LexicalEditor, key: NodeKey): Text | null {
  const element = editor.getElementByKey(key);
  if (!element) return null;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  return walker.nextNode() as Text | null;
}

/** A DOM Range over [start, end) of a block's text, or null where it is not on screen. */
function domRange(editor: LexicalEditor, segments: readonly TextSegment[], start: number, end: number): Range | null {
  const texts = segments.filter((segment) => segment.text);
  const first = texts.find((segment) => start < segment.end) ?? texts.find((segment) => start <= segment.end);
  const last = texts.findLast((segment) => segment.start < end) ?? first;
  if (!first || !last) return null;
  const startNode = domText(editor, first.key);
  const endNode = domText(editor, last.key);
  if (!startNode || !endNode) return null;
  const range = document.createRange();
  range.setStart(startNode, Math.min(Math.max(start - first.start, 0), startNode.length));
  range.setEnd(endNode, Math.min(Math.max(end - last.start, 0), endNode.length));
  return range;
}
