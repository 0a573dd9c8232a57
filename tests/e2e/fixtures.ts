// The `app` fixture: a fresh data folder, the real browser-mode host on it, and a page
// opened at the URL the host printed, with the editor ready. Each test gets its own.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import type { SavedDocument } from '../../electron/contract.ts';
import { startWebHostProcess, type RunningWebHost } from '../support/web-host-process.ts';

export interface App {
  page: Page;
  dataDir: string;
  host: RunningWebHost;
  /** The article as the host wrote it to disk, or null before the first save. */
  readSavedDocument(): Promise<SavedDocument | null>;
  /** Collected console errors and CSP violations: a clean app produces none. */
  consoleErrors: string[];
}

export const test = base.extend<{ app: App }>({
  app: async ({ page }, use) => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'midad-e2e-'));
    const host = await startWebHostProcess(dataDir);
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.goto(host.openUrl);
    await expect(page.getByTestId('editor')).toHaveAttribute('data-ready', 'true');
    const readSavedDocument = async () => {
      try {
        return JSON.parse(await readFile(path.join(dataDir, 'drafts', 'current.json'), 'utf8')) as SavedDocument;
      } catch {
        return null;
      }
    };
    await use({ page, dataDir, host, readSavedDocument, consoleErrors });
    await host.stop();
    await rm(dataDir, { recursive: true, force: true });
  },
});

export { expect };
