// Launches the Chromium every benchmark drives: the same lookup and the same quiet
// flags as the tests (tests/support/browser.ts), headless.
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser, type FoundBrowser } from '../../support/browser.ts';

export interface LaunchedChromium {
  browser: Browser;
  /** Which binary ran, and which rule of the lookup order found it. */
  executable: { path: string; source: FoundBrowser['source'] };
  /** e.g. "Chromium 156.0.8078.108" */
  version: string;
}

export async function launchChromium(extraFlags: string[] = []): Promise<LaunchedChromium> {
  const found = findBrowser();
  const browser = await chromium.launch({
    executablePath: found.executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraFlags],
  });
  return {
    browser,
    executable: { path: found.executablePath, source: found.source },
    version: `Chromium ${browser.version()}`,
  };
}
