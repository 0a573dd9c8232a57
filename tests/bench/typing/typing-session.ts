// One measured page load: open a page in a fresh browser context, wait for its editor,
// put the caret mid-document, type with the Arabic layout and collect the latencies.
import type { Browser, BrowserContext, CDPSession, Cookie, Page } from 'playwright-core';
import { pressArabicKey, releaseArabicKey } from '../support/arabic-keyboard.ts';
import { seededRandom } from './article.ts';
import {
  installPageProbe,
  nextPaint,
  placeCaretAfter,
  settleHighlights,
  spellingChecked,
  spellingRanges,
  textAroundCaret,
  type PageProbe,
} from './page-probe.ts';

type ProbeWindow = Window & { __benchProbe: PageProbe };

const VIEWPORT = { width: 1280, height: 900 };

/**
 * Two ways of typing, both with keyDown carrying `text` and the same latency probe:
 * - 'steady': a key every intervalMs plus a random part of a 60 Hz frame, measured from
 *   the previous key's start (or once it is painted, if later); the key is released
 *   after its frame is painted. 1280×900.
 * - 'after-paint': the next key goes once the previous one is painted, plus a random
 *   part of a 60 Hz frame — as fast as the page can show keys; keyUp follows keyDown
 *   at once. 1440×900.
 */
export type TypingWay = 'steady' | 'after-paint';
export const TYPING_WAYS: readonly TypingWay[] = ['steady', 'after-paint'];
const VIEWPORT_OF: Record<TypingWay, { width: number; height: number }> = {
  steady: VIEWPORT,
  'after-paint': { width: 1440, height: 900 },
};
const READY_TIMEOUT_MS = 60_000;
/** Loading Ayaspell takes seconds of a core on a busy machine, and the first check of a long article follows. */
const SPELLING_TIMEOUT_MS = 120_000;

export interface TypingPlan {
  caretAnchor: string;
  /** Warm-up characters first, then the measured ones. */
  text: string;
  warmup: number;
  /**
   * A keystroke starts intervalMs plus a seeded random part of one 60 Hz frame after the
   * previous one (or once it is painted, if later): the jitter keeps the keys from
   * locking onto one phase of the display's frame clock.
   */
  intervalMs: number;
  /** 'steady' unless said. */
  way?: TypingWay;
  /** Wait for the page's underlines to be drawn before typing (settleHighlights). */
  settle?: boolean;
  /**
   * Midad's own spellchecker runs on the page: typing waits until it has checked the whole
   * article (its dictionaries load in a worker first), so keys are timed against a running checker.
   */
  spelling?: boolean;
}

const FRAME_MS = 1000 / 60;

/** How another benchmark opens its page (the WordPress editor beside Midad's); the defaults are this one's. */
export interface EditorPageOptions {
  viewport?: { width: number; height: number };
  /** Cookies the fresh context starts with (a signed-in session); its cache stays empty. */
  cookies?: Cookie[];
  /** Runs in the page after the probe: marks another editor's editable area as [data-testid="editor"][data-ready="true"]. */
  initScript?: { run: (arg: string) => void; arg: string };
}

async function openEditor(
  browser: Browser,
  url: string,
  readyTimeoutMs = READY_TIMEOUT_MS,
  options: EditorPageOptions = {},
): Promise<{ context: BrowserContext; page: Page; readyPaintedAt: number }> {
  const context = await browser.newContext({
    viewport: options.viewport ?? VIEWPORT,
    locale: 'ar',
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    if (options.cookies) await context.addCookies(options.cookies);
    await context.addInitScript(installPageProbe);
    if (options.initScript)
      await context.addInitScript(options.initScript.run, options.initScript.arg);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(url);
    const readyPaintedAt = await Promise.race([
      page.evaluate(() => (window as unknown as ProbeWindow).__benchProbe.whenReadyPainted),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          const errors = pageErrors.length ? `; page errors: ${pageErrors.join('; ')}` : '';
          reject(
            new Error(
              `no [data-testid="editor"][data-ready="true"] after ${readyTimeoutMs / 1000} s${errors}`,
            ),
          );
        }, readyTimeoutMs);
      }),
    ]);
    return { context, page, readyPaintedAt };
  } catch (error) {
    await context.close();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Milliseconds from navigation start to the first frame painted with the editor ready. */
export async function measureTimeToEditable(
  browser: Browser,
  url: string,
  readyTimeoutMs?: number,
  options?: EditorPageOptions,
): Promise<number> {
  const { context, readyPaintedAt } = await openEditor(browser, url, readyTimeoutMs, options);
  await context.close();
  return readyPaintedAt;
}

/** Starts instrumentation once the caret is placed; the function it returns stops it after typing. */
export type TypingInstrument = (cdp: CDPSession) => Promise<() => Promise<void>>;

/** Latencies of the measured keystrokes (warm-up dropped), in milliseconds. */
export async function measureTyping(
  browser: Browser,
  url: string,
  plan: TypingPlan,
  instrument?: TypingInstrument,
  options?: EditorPageOptions,
): Promise<number[]> {
  return (await measureTypingSession(browser, url, plan, instrument, options)).latencies;
}

export interface TypingSession {
  latencies: number[];
  /** Ranges in CSS.highlights once the page settled, before the first key. */
  highlightRanges: number;
  /** Characters in the block holding the caret before the first key: every page of one article must start alike. */
  startingBlockLength: number;
  /** With plan.spelling: how long the first spelling check took once the caret was placed, and the misspelt words underlined on screen when typing began. */
  spelling?: { waitedMs: number; ranges: number };
}

export async function measureTypingSession(
  browser: Browser,
  url: string,
  plan: TypingPlan,
  instrument?: TypingInstrument,
  options: EditorPageOptions = {},
): Promise<TypingSession> {
  const way = plan.way ?? 'steady';
  // The way of typing sets the window's size unless the caller gives its own.
  const { context, page } = await openEditor(browser, url, READY_TIMEOUT_MS, {
    viewport: VIEWPORT_OF[way],
    ...options,
  });
  try {
    await page.evaluate(placeCaretAfter, plan.caretAnchor);
    const startingBlockLength = (await page.evaluate(textAroundCaret)).length;
    const spellingWaitedMs = plan.spelling
      ? await page.evaluate(spellingChecked, SPELLING_TIMEOUT_MS)
      : undefined;
    const highlightRanges = plan.settle ? await page.evaluate(settleHighlights) : 0;
    const spelling =
      spellingWaitedMs === undefined
        ? undefined
        : { waitedMs: spellingWaitedMs, ranges: await page.evaluate(spellingRanges) };
    await page.evaluate(nextPaint);
    await page.evaluate(nextPaint);
    const cdp = await context.newCDPSession(page);
    const characters = [...plan.text];
    const jitter = seededRandom(characters.length);
    const stopInstrument = await instrument?.(cdp);
    const painted = (count: number) =>
      page.evaluate(
        (samples) => (window as unknown as ProbeWindow).__benchProbe.waitForSamples(samples),
        count,
      );
    const sleep = (ms: number) =>
      ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
    for (const [index, character] of characters.entries()) {
      const startedAt = performance.now();
      await pressArabicKey(cdp, character);
      if (way === 'after-paint') {
        await releaseArabicKey(cdp, character);
        await painted(index + 1);
        await sleep(jitter() * FRAME_MS);
      } else {
        await painted(index + 1);
        await releaseArabicKey(cdp, character);
        await sleep(plan.intervalMs + jitter() * FRAME_MS - (performance.now() - startedAt));
      }
    }
    await stopInstrument?.();
    const samples = await page.evaluate(
      () => (window as unknown as ProbeWindow).__benchProbe.samples,
    );
    if (samples.length !== characters.length) {
      throw new Error(`expected ${characters.length} latency samples, got ${samples.length}`);
    }
    const typedTail = plan.text.slice(-24);
    const blockText = await page.evaluate(textAroundCaret);
    if (!blockText.includes(typedTail)) {
      throw new Error(`the typed text did not arrive at the caret (looked for "${typedTail}")`);
    }
    return {
      latencies: samples.slice(plan.warmup),
      highlightRanges,
      startingBlockLength,
      spelling,
    };
  } finally {
    await context.close();
  }
}
