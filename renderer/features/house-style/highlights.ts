// Underlines for findings drawn with the CSS Custom Highlight API: ranges over the editor's
// DOM, painted by ::highlight() in CSS. The document and its DOM are never changed, so
// Lexical's reconciliation and the saved article know nothing of them.
//
// Only blocks on or near the screen get ranges. Chromium revalidates every range in the
// highlight registry and repaints what they cover after each DOM change, so a thousand
// findings over a long article made each keystroke paint for tens of milliseconds; a few
// screens' worth cost next to nothing. The panel still lists every finding: it reads the
// checker's results, not these ranges.
import type { LexicalEditor, NodeKey } from 'lexical';
import type { Finding } from '../../../common/arabic/house-style/options.ts';
import type { TextSegment } from './lexical-blocks.ts';

/** Findings with a fix, and advice (no automatic fix), are painted apart. */
const HIGHLIGHT_NAMES = { fix: 'house-style', advice: 'house-style-advice' } as const;
/** A block counts as near while any of it is visible: every underlined block is repainted after each keystroke. */
const NEAR_SCREEN = '0px';

const supported = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

interface BlockFindings {
  segments: readonly TextSegment[];
  findings: readonly Finding[];
  /** The block's element being watched for coming near the screen. */
  element: Element | null;
  /** Present while the block is near the screen. */
  ranges: Range[] | null;
}

export class FindingHighlights {
  private readonly fix = supported() ? new Highlight() : null;
  private readonly advice = supported() ? new Highlight() : null;
  private readonly byBlock = new Map<NodeKey, BlockFindings>();
  private readonly keyOf = new WeakMap<Element, NodeKey>();
  private readonly near = new Set<NodeKey>();
  private readonly watcher: IntersectionObserver | null;

  constructor(private readonly editor: LexicalEditor) {
    this.watcher =
      this.fix && typeof IntersectionObserver === 'function'
        ? new IntersectionObserver((entries) => this.nearScreenChanged(entries), { rootMargin: NEAR_SCREEN, scrollMargin: NEAR_SCREEN })
        : null;
    if (this.fix && this.advice) {
      CSS.highlights.set(HIGHLIGHT_NAMES.fix, this.fix);
      CSS.highlights.set(HIGHLIGHT_NAMES.advice, this.advice);
    }
  }

  /** Replaces the block's underlines; call inside editor.read, after the DOM is reconciled. */
  showBlock(blockKey: NodeKey, segments: readonly TextSegment[], findings: readonly Finding[]): void {
    const previous = this.byBlock.get(blockKey);
    this.removeRanges(previous);
    if (!this.fix || !this.advice || findings.length === 0) {
      this.deleteBlock(blockKey);
      return;
    }
    const element = this.editor.getElementByKey(blockKey);
    const block: BlockFindings = { segments, findings, element: previous?.element ?? null, ranges: null };
    this.byBlock.set(blockKey, block);
    if (block.element !== element) {
      // Lexical may have put a new element in place of the old one.
      if (block.element) this.watcher?.unobserve(block.element);
      this.near.delete(blockKey);
      block.element = element;
      if (element) {
        this.keyOf.set(element, blockKey);
        this.watcher?.observe(element);
      }
    }
    // Without an observer every block counts as near; otherwise it waits for its first report.
    if (!this.watcher || this.near.has(blockKey)) this.addRanges(block);
  }

  deleteBlock(blockKey: NodeKey): void {
    const block = this.byBlock.get(blockKey);
    this.removeRanges(block);
    if (block?.element) this.watcher?.unobserve(block.element);
    this.near.delete(blockKey);
    this.byBlock.delete(blockKey);
  }

  dispose(): void {
    this.watcher?.disconnect();
    this.byBlock.clear();
    this.near.clear();
    if (!this.fix || !this.advice) return;
    if (CSS.highlights.get(HIGHLIGHT_NAMES.fix) === this.fix) CSS.highlights.delete(HIGHLIGHT_NAMES.fix);
    if (CSS.highlights.get(HIGHLIGHT_NAMES.advice) === this.advice) CSS.highlights.delete(HIGHLIGHT_NAMES.advice);
  }

  private nearScreenChanged(entries: readonly IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const key = this.keyOf.get(entry.target);
      const block = key === undefined ? undefined : this.byBlock.get(key);
      if (key === undefined || !block || block.element !== entry.target) continue;
      if (entry.isIntersecting) {
        this.near.add(key);
        if (!block.ranges) this.addRanges(block);
      } else {
        this.near.delete(key);
        this.removeRanges(block);
      }
    }
  }

  private addRanges(block: BlockFindings): void {
    const ranges: Range[] = [];
    for (const finding of block.findings) {
      const range = domRange(this.editor, block.segments, finding.start, finding.end);
      if (!range) continue;
      (finding.fix === null ? this.advice : this.fix)?.add(range);
      ranges.push(range);
    }
    block.ranges = ranges;
  }

  private removeRanges(block: BlockFindings | undefined): void {
    for (const range of block?.ranges ?? []) {
      this.fix?.delete(range);
      this.advice?.delete(range);
    }
    if (block) block.ranges = null;
  }
}

/** The DOM text node a TextNode renders into (inside <strong><em>… when formatted). */
function domText(editor: LexicalEditor, key: NodeKey): Text | null {
  const element = editor.getElementByKey(key);
  if (!element) return null;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  return walker.nextNode() as Text | null;
}

/** A DOM Range over [start, end) of a block's text, or null where it is not rendered. */
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
