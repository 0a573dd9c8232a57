// One measured page load: open a page in a fresh browser context, wait for its editor,
// put the caret mid-document, type with the Arabic layout and collect the latencies.
import type { Browser, BrowserContext, CDPSession, Cookie, Page } from 'playwright-core';
import { pressArabicKey, releaseArabicKey } from '../support/arabic-keyboard.ts';
import { seededRandom } from './article.ts';
import { installPageProbe, nextPaint, placeCaretAfter, textAroundCaret, type PageProbe } from './page-probe.ts';

type ProbeWindow = Window & { __benchProbe: PageProbe };

const VIEWPORT = { width: 1280, height: 900 };
const READY_TIMEOUT_MS = 60_000;

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
  const context = await browser.newContext({ viewport: options.viewport ?? VIEWPORT, locale: 'ar' });
  let timer: NodeJS.Timeout | undefined;
  try {
    if (options.cookies) await context.addCookies(options.cookies);
    await context.addInitScript(installPageProbe);
    if (options.initScript) await context.addInitScript(options.initScript.run, options.initScript.arg);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(url);
    const readyPaintedAt = await Promise.race([
      page.evaluate(() => (window as unknown as ProbeWindow).__benchProbe.whenReadyPainted),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          const errors = pageErrors.length ? `; page errors: ${pageErrors.join('; ')}` : '';
          reject(new Error(`no [data-testid="editor"][data-ready="true"] after ${readyTimeoutMs / 1000} s${errors}`));
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
export async function measureTimeToEditable(browser: Browser, url: string, readyTimeoutMs?: number, options?: EditorPageOptions): Promise<number> {
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
  const { context, page } = await openEditor(browser, url, undefined, options);
  try {
    await page.evaluate(placeCaretAfter, plan.caretAnchor);
    await page.evaluate(nextPaint);
    await page.evaluate(nextPaint);
    const cdp = await context.newCDPSession(page);
    const characters = [...plan.text];
    const jitter = seededRandom(characters.length);
    const stopInstrument = await instrument?.(cdp);
    for (const [index, character] of characters.entries()) {
      const startedAt = performance.now();
      await pressArabicKey(cdp, character);
      await page.evaluate((count) => (window as unknown as ProbeWindow).__benchProbe.waitForSamples(count), index + 1);
      await releaseArabicKey(cdp, character);
      const rest = plan.intervalMs + jitter() * FRAME_MS - (performance.now() - startedAt);
      if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest));
    }
    await stopInstrument?.();
    const samples = await page.evaluate(() => (window as unknown as ProbeWindow).__benchProbe.samples);
    if (samples.length !== characters.length) {
      throw new Error(`expected ${characters.length} latency samples, got ${samples.length}`);
    }
    const typedTail = plan.text.slice(-24);
    const blockText = await page.evaluate(textAroundCaret);
    if (!blockText.includes(typedTail)) {
      throw new Error(`the typed text did not arrive at the caret (looked for "${typedTail}")`);
    }
    return samples.slice(plan.warmup);
  } finally {
    await context.close();
  }
}
