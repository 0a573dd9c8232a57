// A still picture of the findings' underlines, shown while the writer types: one SVG placed
// over the text, in the editor frame's coordinates so it scrolls with it, its tints and
// lines three paths. Registered CSS highlights are revalidated and repainted on every DOM
// change; this is not. Not a box per line: each positioned box is a paint layer of its own,
// which Chromium walks and layerizes at every keystroke. Not a canvas: Chromium gives one a
// composited layer and hands its pixels to the compositor again at every frame.

export type UnderlineKind = 'fix' | 'advice';

export interface UnderlineMark {
  range: Range;
  kind: UnderlineKind;
}

/** Where a mark's box goes, in pixels from the frame's padding box's top-left corner. */
export interface OverlayBox {
  kind: UnderlineKind;
  left: number;
  top: number;
  width: number;
  height: number;
}

interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The boxes for a mark's client rects, relative to the frame. A range that spans whole
 * elements reports the element's rect beside its text's, so equal rects are drawn once;
 * empty rects (a collapsed end) are not drawn.
 */
export function overlayBoxes(
  kind: UnderlineKind,
  rects: Iterable<Rect>,
  origin: { left: number; top: number },
): OverlayBox[] {
  const seen = new Set<string>();
  const boxes: OverlayBox[] = [];
  for (const rect of rects) {
    if (rect.width <= 0 || rect.height <= 0) continue;
    const box = {
      kind,
      left: rect.left - origin.left,
      top: rect.top - origin.top,
      width: rect.width,
      height: rect.height,
    };
    const id = [box.left, box.top, box.width, box.height]
      .map((value) => Math.round(value))
      .join(',');
    if (seen.has(id)) continue;
    seen.add(id);
    boxes.push(box);
  }
  return boxes;
}

const SVG = 'http://www.w3.org/2000/svg';
/** The wavy line of a finding with a fix: half a wave every this many pixels, this high. */
const WAVE = { half: 5.7, height: 4.8 };
/** The underline sits this far above the bottom of the text's box, as text-underline-offset puts it. */
const LINE_RISE = 2.75;

export class UnderlineOverlay {
  #layer: SVGSVGElement | null = null;
  readonly #look: string;
  readonly #testId: string;

  /** `look` is the layer's class prefix (house-style, spelling), which gives its colours. */
  constructor(look = 'house-style', testId = 'style-overlay') {
    this.#look = look;
    this.#testId = testId;
  }

  /** Draws the marks over `frame` (the editable area's positioned parent), replacing any drawn before. */
  draw(frame: HTMLElement, marks: readonly UnderlineMark[]): void {
    const frameRect = frame.getBoundingClientRect();
    const origin = {
      left: frameRect.left + frame.clientLeft - frame.scrollLeft,
      top: frameRect.top + frame.clientTop - frame.scrollTop,
    };
    const boxes = marks.flatMap((mark) =>
      overlayBoxes(mark.kind, mark.range.getClientRects(), origin),
    );
    const layer = overlayPicture(boxes);
    layer.classList.add(`${this.#look}-overlay`);
    layer.setAttribute('aria-hidden', 'true');
    layer.dataset.testid = this.#testId;
    layer.dataset.marks = String(boxes.length);
    if (this.#layer?.parentElement === frame) this.#layer.replaceWith(layer);
    else {
      this.#layer?.remove();
      frame.append(layer);
    }
    this.#layer = layer;
  }

  clear(): void {
    this.#layer?.remove();
    this.#layer = null;
  }
}

/** An SVG over the boxes' bounds, in the frame's coordinates: tints, wavy lines, dotted lines. */
function overlayPicture(boxes: readonly OverlayBox[]): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  if (boxes.length === 0) return svg;
  const left = Math.floor(Math.min(...boxes.map((box) => box.left)));
  const top = Math.floor(Math.min(...boxes.map((box) => box.top)));
  const width = Math.ceil(Math.max(...boxes.map((box) => box.left + box.width))) - left;
  const height = Math.ceil(Math.max(...boxes.map((box) => box.top + box.height))) - top;
  Object.assign(svg.style, {
    left: `${left}px`,
    top: `${top}px`,
    width: `${width}px`,
    height: `${height}px`,
  });
  svg.setAttribute('viewBox', `${left} ${top} ${width} ${height}`);
  const tints: string[] = [];
  const waves: string[] = [];
  const dots: string[] = [];
  for (const box of boxes) {
    const lineY = round(box.top + box.height - LINE_RISE);
    if (box.kind === 'fix') {
      tints.push(
        `M${round(box.left)} ${round(box.top)}h${round(box.width)}v${round(box.height)}h${round(-box.width)}z`,
      );
      // One crest, then its mirror (t) until the box's width is covered.
      const halves = Math.max(1, Math.round(box.width / WAVE.half));
      waves.push(
        `M${round(box.left)} ${lineY}q${WAVE.half / 2} ${-WAVE.height} ${WAVE.half} 0${`t${WAVE.half} 0`.repeat(halves - 1)}`,
      );
    } else dots.push(`M${round(box.left)} ${lineY}h${round(box.width)}`);
  }
  for (const [look, paths] of [
    ['overlay-tint', tints],
    ['overlay-wave', waves],
    ['overlay-dots', dots],
  ] as const) {
    if (paths.length === 0) continue;
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('class', look);
    path.setAttribute('d', paths.join(''));
    svg.append(path);
  }
  return svg;
}

const round = (value: number) => Math.round(value * 10) / 10;
