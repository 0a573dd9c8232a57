// A still picture of the findings' underlines, shown while the writer types: thin boxes
// placed over the text once, in the editor frame's coordinates so they scroll with it.
// Registered CSS highlights are revalidated and repainted on every DOM change; these are not.

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

export class UnderlineOverlay {
  #layer: HTMLElement | null = null;
  readonly #look: string;
  readonly #testId: string;

  /** `look` prefixes the layer's and marks' classes: house-style, spelling. */
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
    const layer = document.createElement('div');
    layer.className = `${this.#look}-overlay`;
    layer.setAttribute('aria-hidden', 'true');
    layer.dataset.testid = this.#testId;
    for (const box of boxes) {
      const element = document.createElement('div');
      element.className = `${this.#look}-overlay-mark ${this.#look}-overlay-${box.kind}`;
      Object.assign(element.style, {
        left: `${box.left}px`,
        top: `${box.top}px`,
        width: `${box.width}px`,
        height: `${box.height}px`,
      });
      layer.append(element);
    }
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
