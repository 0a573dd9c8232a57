// Underlines for findings drawn with the CSS Custom Highlight API: ranges over the editor's
// DOM, painted by ::highlight() in CSS. The document and its DOM are never changed, so
// Lexical's reconciliation and the saved article know nothing of them.
//
// Only blocks on or near the screen get ranges. Chromium revalidates every range in the
// highlight registry and repaints what they cover after each DOM change, so a thousand
// findings over a long article made each keystroke paint for tens of milliseconds; a few
// screens' worth cost next to nothing. The panel still lists every finding: it reads the
// checker's results, not these ranges.
//
// Even a screen's worth repainted on each keystroke, so while the writer types the
// highlights leave the registry and a still overlay draws the same underlines, except in
// the block being typed in (as word processors hide the squiggles of the word being typed).
// At the pause the highlights return, with the typed block re-checked.
import type { LexicalEditor, NodeKey } from 'lexical';
import type { Finding } from '../../../common/arabic/house-style/options.ts';
import { PauseTimer } from '../../../common/timing/pause-timer.ts';
import type { TextSegment } from './lexical-blocks.ts';
import { UnderlineOverlay, type UnderlineMark } from './underline-overlay.ts';

/** How a checker's underlines look: its highlights' names in CSS and its overlay's class prefix. */
export interface UnderlineLook {
  /** Findings with a fix, and advice (no automatic fix), are painted apart. */
  highlights: { fix: string; advice: string };
  overlay: string;
  overlayTestId: string;
}

export const HOUSE_STYLE_LOOK: UnderlineLook = {
  highlights: { fix: 'house-style', advice: 'house-style-advice' },
  overlay: 'house-style',
  overlayTestId: 'style-overlay',
};
/** A block counts as near while any of it is visible: every underlined block is repainted after each keystroke. */
const NEAR_SCREEN = '0px';
/** A typing burst ends this long after its last input: longer than the gap between keys of a steady typist. */
const BURST_QUIET_MS = 700;

const supported = () =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

interface BlockFindings {
  segments: readonly TextSegment[];
  findings: readonly Finding[];
  /** The block's element being watched for coming near the screen. */
  element: Element | null;
  /** Present while the block is near the screen. */
  ranges: PlacedMark[] | null;
}

interface PlacedMark extends UnderlineMark {
  finding: Finding;
}

/** While the writer types: the highlights are out of the registry and the overlay stands in. */
interface TypingBurst {
  /** The top-level element of the editor holding the caret: its underlines are not drawn. */
  typedIn: Element | null;
  /** The editable area's size when the overlay was drawn: text reflowing moves what is under it. */
  size: { width: number; height: number } | null;
  redraw: number | null;
}

export class FindingHighlights {
  readonly #fix = supported() ? new Highlight() : null;
  readonly #advice = supported() ? new Highlight() : null;
  readonly #byBlock = new Map<NodeKey, BlockFindings>();
  readonly #keyOf = new WeakMap<Element, NodeKey>();
  readonly #near = new Set<NodeKey>();
  readonly #watcher: IntersectionObserver | null;
  readonly #overlay: UnderlineOverlay;
  readonly #reflow: ResizeObserver | null;
  #burst: TypingBurst | null = null;
  /** Ends the burst once the writer has paused. */
  readonly #quiet = new PauseTimer(() => this.#endBurst());
  readonly #stopListening: () => void;

  readonly #editor: LexicalEditor;
  readonly #look: UnderlineLook;

  constructor(editor: LexicalEditor, look: UnderlineLook = HOUSE_STYLE_LOOK) {
    this.#editor = editor;
    this.#look = look;
    this.#overlay = new UnderlineOverlay(look.overlay, look.overlayTestId);
    this.#watcher =
      this.#fix && typeof IntersectionObserver === 'function'
        ? new IntersectionObserver((entries) => this.#nearScreenChanged(entries), {
            rootMargin: NEAR_SCREEN,
            scrollMargin: NEAR_SCREEN,
          })
        : null;
    this.#reflow =
      this.#fix && typeof ResizeObserver === 'function'
        ? new ResizeObserver((entries) => this.#editableResized(entries))
        : null;
    this.#register();
    const onInput = () => this.#typed();
    this.#stopListening = this.#fix
      ? editor.registerRootListener((root, previous) => {
          previous?.removeEventListener('beforeinput', onInput, true);
          root?.addEventListener('beforeinput', onInput, true);
        })
      : () => undefined;
  }

  /** Replaces the block's underlines; call inside editor.read, after the DOM is reconciled. */
  showBlock(
    blockKey: NodeKey,
    segments: readonly TextSegment[],
    findings: readonly Finding[],
  ): void {
    const previous = this.#byBlock.get(blockKey);
    this.#removeRanges(previous);
    if (!this.#fix || !this.#advice || findings.length === 0) {
      this.deleteBlock(blockKey);
      return;
    }
    const element = this.#editor.getElementByKey(blockKey);
    const block: BlockFindings = {
      segments,
      findings,
      element: previous?.element ?? null,
      ranges: null,
    };
    this.#byBlock.set(blockKey, block);
    if (block.element !== element) {
      // Lexical may have put a new element in place of the old one.
      if (block.element) this.#watcher?.unobserve(block.element);
      this.#near.delete(blockKey);
      block.element = element;
      if (element) {
        this.#keyOf.set(element, blockKey);
        // While the writer types nothing is watched (see #typed); the burst's end watches it.
        if (!this.#burst) this.#watcher?.observe(element);
      }
    }
    // Without an observer every block counts as near; otherwise it waits for its first report.
    if (!this.#watcher || this.#near.has(blockKey)) this.#addRanges(block);
    this.#overlayChanged(block.element ?? previous?.element ?? null);
  }

  deleteBlock(blockKey: NodeKey): void {
    const block = this.#byBlock.get(blockKey);
    this.#removeRanges(block);
    if (block?.element) this.#watcher?.unobserve(block.element);
    this.#near.delete(blockKey);
    this.#byBlock.delete(blockKey);
    if (block) this.#overlayChanged(block.element);
  }

  /** The finding underlined under the point (client coordinates), in a block near the screen. */
  findingAt(x: number, y: number): { blockKey: NodeKey; finding: Finding } | null {
    for (const [blockKey, block] of this.#byBlock)
      for (const mark of block.ranges ?? [])
        for (const rect of mark.range.getClientRects())
          if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom)
            return { blockKey, finding: mark.finding };
    return null;
  }

  dispose(): void {
    this.#stopListening();
    this.#endBurst();
    this.#watcher?.disconnect();
    this.#reflow?.disconnect();
    this.#byBlock.clear();
    this.#near.clear();
    this.#unregister();
  }

  #register(): void {
    if (!this.#fix || !this.#advice) return;
    CSS.highlights.set(this.#look.highlights.fix, this.#fix);
    CSS.highlights.set(this.#look.highlights.advice, this.#advice);
  }

  #unregister(): void {
    if (!this.#fix || !this.#advice) return;
    const { fix, advice } = this.#look.highlights;
    if (CSS.highlights.get(fix) === this.#fix) CSS.highlights.delete(fix);
    if (CSS.highlights.get(advice) === this.#advice) CSS.highlights.delete(advice);
  }

  /** An input is about to change the text: a burst starts, or goes on for another quiet spell. */
  #typed(): void {
    const typedIn = this.#topLevelAtCaret();
    this.#quiet.restart(BURST_QUIET_MS);
    if (!this.#burst) {
      this.#burst = { typedIn, size: null, redraw: null };
      this.#drawOverlay();
      this.#unregister();
      // Chromium works out every watched block's intersection in each frame whose layout
      // changed, which typing does: hundreds of blocks with findings in a long article cost
      // a little on every keystroke. The overlay stands still meanwhile, so nothing is lost.
      this.#watcher?.disconnect();
      const root = this.#editor.getRootElement();
      if (root) this.#reflow?.observe(root);
      return;
    }
    if (typedIn !== this.#burst.typedIn) {
      // The caret moved to another block (a new paragraph): the one left shows its underlines again.
      this.#burst.typedIn = typedIn;
      this.#drawOverlay();
    }
  }

  #endBurst(): void {
    if (!this.#burst) return;
    this.#quiet.cancel();
    if (this.#burst.redraw !== null) cancelAnimationFrame(this.#burst.redraw);
    this.#burst = null;
    this.#reflow?.disconnect();
    this.#register();
    this.#overlay.clear();
    // Watched again: each block's first report says whether it is near the screen now.
    for (const block of this.#byBlock.values())
      if (block.element) this.#watcher?.observe(block.element);
  }

  #drawOverlay(): void {
    const burst = this.#burst;
    const root = this.#editor.getRootElement();
    const frame = root?.parentElement;
    if (!burst || !root || !frame) return;
    const marks: UnderlineMark[] = [];
    for (const block of this.#byBlock.values()) {
      if (!block.ranges || (block.element && burst.typedIn?.contains(block.element))) continue;
      marks.push(...block.ranges);
    }
    this.#overlay.draw(frame, marks);
    burst.size = { width: root.offsetWidth, height: root.offsetHeight };
  }

  /** A block's underlines changed during a burst: the overlay is redrawn unless the block is the one typed in. */
  #overlayChanged(element: Element | null): void {
    const burst = this.#burst;
    if (!burst || burst.redraw !== null || (element && burst.typedIn?.contains(element))) return;
    burst.redraw = requestAnimationFrame(() => {
      burst.redraw = null;
      this.#drawOverlay();
    });
  }

  /** Text reflowed (a new line, a window resized): what lies below the typed block moved. */
  #editableResized(entries: readonly ResizeObserverEntry[]): void {
    const size = this.#burst?.size;
    const box = entries.at(-1)?.target as HTMLElement | undefined;
    if (!size || !box || (box.offsetWidth === size.width && box.offsetHeight === size.height))
      return;
    this.#drawOverlay();
  }

  #topLevelAtCaret(): Element | null {
    const root = this.#editor.getRootElement();
    let node: Node | null = window.getSelection()?.anchorNode ?? null;
    while (node && node.parentNode !== root) node = node.parentNode;
    return node instanceof Element ? node : null;
  }

  #nearScreenChanged(entries: readonly IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const key = this.#keyOf.get(entry.target);
      const block = key === undefined ? undefined : this.#byBlock.get(key);
      if (key === undefined || !block || block.element !== entry.target) continue;
      if (entry.isIntersecting) {
        this.#near.add(key);
        if (!block.ranges) this.#addRanges(block);
      } else {
        this.#near.delete(key);
        this.#removeRanges(block);
      }
      this.#overlayChanged(block.element);
    }
  }

  #addRanges(block: BlockFindings): void {
    const marks: PlacedMark[] = [];
    for (const finding of block.findings) {
      const range = domRange(this.#editor, block.segments, finding.start, finding.end);
      if (!range) continue;
      const kind = finding.fix === null ? 'advice' : 'fix';
      (kind === 'fix' ? this.#fix : this.#advice)?.add(range);
      marks.push({ range, kind, finding });
    }
    block.ranges = marks;
  }

  #removeRanges(block: BlockFindings | undefined): void {
    for (const { range } of block?.ranges ?? []) {
      this.#fix?.delete(range);
      this.#advice?.delete(range);
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
function domRange(
  editor: LexicalEditor,
  segments: readonly TextSegment[],
  start: number,
  end: number,
): Range | null {
  const texts = segments.filter((segment) => segment.text);
  const first =
    texts.find((segment) => start < segment.end) ?? texts.find((segment) => start <= segment.end);
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
