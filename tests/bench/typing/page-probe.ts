// Code that runs inside the measured page. Each function is serialized by Playwright,
// so it must not reference anything outside its own body.
//
// Latency of one keystroke: from the keydown's event.timeStamp (when the browser got the
// key, so main-thread queueing counts) to the moment after the next frame is painted:
// requestAnimationFrame runs just before that frame's style, layout and paint, and a
// MessageChannel message posted from it runs as the first task after the frame.

export interface PageProbe {
  /** One latency per keydown, in milliseconds. */
  samples: number[];
  waitForSamples(count: number): Promise<void>;
  /** performance.now() when [data-testid="editor"][data-ready="true"] first appeared. */
  readyAt?: number;
  /** performance.now() after the first frame painted once ready. */
  readyPaintedAt?: number;
  whenReadyPainted: Promise<number>;
}

type ProbeWindow = Window & { __benchProbe?: PageProbe };

/** Installed with page.addInitScript, before any of the page's own scripts. */
export function installPageProbe(): void {
  const probeWindow = window as ProbeWindow;
  if (probeWindow.__benchProbe) return;
  const afterNextPaint = (callback: () => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = callback;
      channel.port2.postMessage(null);
    });

  const waiters: { count: number; resolve: () => void }[] = [];
  let resolveReadyPainted: (at: number) => void = () => {};
  const probe: PageProbe = {
    samples: [],
    waitForSamples(count) {
      if (probe.samples.length >= count) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
    whenReadyPainted: new Promise((resolve) => (resolveReadyPainted = resolve)),
  };
  probeWindow.__benchProbe = probe;

  // Capture on window: the first listener to see the key, before any editor code.
  window.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      afterNextPaint(() => {
        probe.samples.push(performance.now() - start);
        for (let i = waiters.length - 1; i >= 0; i -= 1) {
          if (probe.samples.length >= waiters[i].count) waiters.splice(i, 1)[0].resolve();
        }
      });
    },
    { capture: true },
  );

  const readySelector = '[data-testid="editor"][data-ready="true"]';
  const checkReady = () => {
    if (probe.readyAt !== undefined || !document.querySelector(readySelector)) return false;
    probe.readyAt = performance.now();
    afterNextPaint(() => {
      probe.readyPaintedAt = performance.now();
      resolveReadyPainted(probe.readyPaintedAt);
    });
    return true;
  };
  // The attribute flip is seen exactly; an element born ready is caught at the next frame.
  const observer = new MutationObserver(() => {
    if (checkReady()) observer.disconnect();
  });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  const poll = () => {
    if (checkReady()) observer.disconnect();
    else if (probe.readyAt === undefined) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/**
 * Focuses the editable area and puts a collapsed caret right after `anchor` (text in
 * the middle paragraph), scrolled to the middle of the viewport. Returns the text
 * around the caret, for the runner's sanity check.
 */
export function placeCaretAfter(anchor: string): string {
  const host = document.querySelector<HTMLElement>('[data-testid="editor"]');
  if (!host) throw new Error('no [data-testid="editor"]');
  const editable = host.isContentEditable
    ? host
    : host.querySelector<HTMLElement>('[contenteditable="true"]');
  if (!editable) throw new Error('no contenteditable inside [data-testid="editor"]');
  const walker = document.createTreeWalker(editable, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(anchor);
    if (at < 0) continue;
    const block = node.parentElement!;
    block.scrollIntoView({ block: 'center' });
    editable.focus({ preventScroll: true });
    const range = document.createRange();
    range.setStart(node, at + anchor.length);
    range.collapse(true);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return node.textContent!.slice(at, at + anchor.length + 20);
  }
  throw new Error(`caret anchor not found in the editor: ${anchor}`);
}

/** The text of the block holding the caret, to check that the typed text arrived. */
export function textAroundCaret(): string {
  const selection = window.getSelection();
  const node = selection?.anchorNode;
  const block = node instanceof Element ? node : node?.parentElement;
  // Plain contenteditable keeps a typed space next to another one as U+00A0.
  return (block?.closest('p, li, blockquote, h2, h3')?.textContent ?? '').replace(/\u00a0/g, ' ');
}

/** Resolves on the next painted frame: lets selectionchange and the editor settle. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );
}

/**
 * Waits until the ranges registered in CSS.highlights (the house-style underlines) stop
 * changing for a second, at most 15 s, and returns their number: typing then starts
 * with the page as a writer finds it after opening, underlines drawn. On pages that
 * draw none it is a one-second pause.
 */
export async function settleHighlights(): Promise<number> {
  const count = () => {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return 0;
    let ranges = 0;
    CSS.highlights.forEach((highlight) => (ranges += highlight.size));
    return ranges;
  };
  const giveUpAt = performance.now() + 15_000;
  let last = count();
  let stableSince = performance.now();
  while (performance.now() < giveUpAt) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = count();
    if (now !== last) {
      last = now;
      stableSince = performance.now();
    } else if (performance.now() - stableSince >= 1_000) break;
  }
  return last;
}

/**
 * Waits until Midad's own spellchecker has checked the whole article and drawn its
 * underlines (data-spelling="ready" on the editable area, renderer/features/spelling/
 * SpellingPlugin.tsx), at most timeoutMs; fails if it never gets there. Returns how long
 * it waited, in milliseconds.
 */
export async function spellingChecked(timeoutMs: number): Promise<number> {
  const startedAt = performance.now();
  const state = () =>
    document.querySelector<HTMLElement>('[data-testid="editor"]')?.dataset.spelling ?? 'none';
  while (state() !== 'ready') {
    if (state() === 'failed') throw new Error("Midad's spelling dictionaries did not load");
    if (performance.now() - startedAt > timeoutMs)
      throw new Error(
        `the spelling check did not finish in ${timeoutMs / 1000} s (data-spelling="${state()}")`,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return performance.now() - startedAt;
}

/** Ranges in the spellchecker's highlights (misspelt words on screen) right now. */
export function spellingRanges(): number {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return 0;
  return (
    (CSS.highlights.get('spelling')?.size ?? 0) + (CSS.highlights.get('spelling-advice')?.size ?? 0)
  );
}
