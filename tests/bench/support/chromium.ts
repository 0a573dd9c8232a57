// Finds and launches the Chromium every benchmark drives, headless, with the flags that
// keep it quiet on an offline machine (no background networking, updates or sync).
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export const QUIET_CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ChromiumExecutable {
  path: string;
  /** Which rule of the lookup order found it. */
  source: 'MIDAD_CHROMIUM' | 'debian' | 'playwright';
}

/** Lookup order: env MIDAD_CHROMIUM, then Debian's /usr/bin/chromium, then Playwright's own. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumExecutable {
  const fromEnv = env.MIDAD_CHROMIUM;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`MIDAD_CHROMIUM points at ${fromEnv}, which does not exist`);
    return { path: fromEnv, source: 'MIDAD_CHROMIUM' };
  }
  if (existsSync(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM, source: 'debian' };
  const playwrightOwn = chromium.executablePath();
  if (playwrightOwn && existsSync(playwrightOwn)) return { path: playwrightOwn, source: 'playwright' };
  throw new Error(
    'No Chromium found: set MIDAD_CHROMIUM, or install Debian\'s chromium (apt-get install chromium).',
  );
}

export interface LaunchedChromium {
  browser: Browser;
  executable: ChromiumExecutable;
  /** e.g. "Chromium 156.0.8078.108" */
  version: string;
}

export async function launchChromium(extraFlags: string[] = []): Promise<LaunchedChromium> {
  const executable = findChromium();
  const browser = await chromium.launch({
    executablePath: executable.path,
    headless: true,
    args: [...QUIET_CHROMIUM_FLAGS, ...extraFlags],
  });
  return { browser, executable, version: `Chromium ${browser.version()}` };
}
