// Which Chromium the tests drive: $MIDAD_CHROMIUM, else Debian's /usr/bin/chromium,
// else the one Playwright downloaded on a machine with internet. Never downloads.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export interface FoundBrowser {
  executablePath: string;
  source: 'MIDAD_CHROMIUM' | '/usr/bin/chromium' | 'playwright';
}

/** Flags for a closed network: no background traffic, no updates, no sync. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function findBrowser(env: NodeJS.ProcessEnv = process.env): FoundBrowser {
  const fromEnv = env.MIDAD_CHROMIUM;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`MIDAD_CHROMIUM points at ${fromEnv}, which does not exist.`);
    return { executablePath: fromEnv, source: 'MIDAD_CHROMIUM' };
  }
  if (existsSync('/usr/bin/chromium'))
    return { executablePath: '/usr/bin/chromium', source: '/usr/bin/chromium' };
  const playwrights = chromium.executablePath();
  if (playwrights && existsSync(playwrights))
    return { executablePath: playwrights, source: 'playwright' };
  throw new Error(
    "No Chromium found. Install Debian's (`apt-get install -y chromium`), set MIDAD_CHROMIUM to a Chromium binary, or, with internet, `npx playwright install chromium`.",
  );
}

export function describeBrowser(found: FoundBrowser): string {
  return `Browser for tests: ${found.executablePath} (from ${found.source})`;
}
