// End-to-end tests: the built app in browser mode, driven in a real Chromium.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, describeBrowser, findBrowser } from '../support/browser.ts';

const browser = findBrowser();
if (!process.env.MIDAD_BROWSER_ANNOUNCED) {
  console.log(describeBrowser(browser));
  process.env.MIDAD_BROWSER_ANNOUNCED = '1';
}

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    locale: 'ar',
    viewport: { width: 1280, height: 900 },
    launchOptions: { executablePath: browser.executablePath, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
});
