// The `app` fixture: a fresh data folder, the real browser-mode host on it, and a page
// opened at the URL the host printed, with the editor ready. Each test gets its own.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import Conf from 'conf';
import {
  SETTINGS_FILE_OPTIONS,
  SettingsService,
} from '../../electron/services/settings/settings-service.ts';
import type { DraftContent, Envelope } from '../../electron/contract/index.ts';
import { startWebHostProcess, type RunningWebHost } from '../support/web-host-process.ts';

/** The open draft as it is on disk: its content, and when it was last written. */
export interface SavedDocument {
  document: DraftContent;
  savedAt: string;
}

export interface App {
  page: Page;
  dataDir: string;
  host: RunningWebHost;
  /** The draft open in the page, as the host reads it from disk now. */
  readSavedDocument(): Promise<SavedDocument | null>;
  /** Calls the host's API as the page does (`drafts.list`, …) and answers with the value. */
  call<T = unknown>(methodName: string, ...args: unknown[]): Promise<T>;
  /** Collected console errors and CSP violations: a clean app produces none. */
  consoleErrors: string[];
}

/** A call to the host over HTTP, with the run's token, as renderer/bridge.ts makes it. */
export async function callHost<T>(
  host: RunningWebHost,
  methodName: string,
  args: unknown[],
): Promise<T> {
  const response = await fetch(`${host.origin}/api/${encodeURIComponent(methodName)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-midad-token': host.token },
    body: JSON.stringify(args),
  });
  const envelope = (await response.json()) as Envelope;
  if (!envelope.ok) throw new Error(`${methodName}: ${envelope.error.code}`);
  return envelope.value as T;
}

/** The page's console errors and uncaught exceptions from now on: a clean app produces none. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** The id of the draft the page has open in its editor. */
export async function openDraftId(page: Page): Promise<string> {
  const id = await page.getByTestId('article').getAttribute('data-draft-id', { timeout: 5_000 });
  if (!id) throw new Error('no draft is open');
  return id;
}

export const test = base.extend<{ app: App; spelling: boolean }>({
  // Midad's own spellchecker (on in the app by default) parses a 3 MB dictionary in each page
  // it opens: seconds of a core per test. Off unless a spec asks (test.use({ spelling: true })).
  spelling: [false, { option: true }],
  app: async ({ page, spelling }, use) => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'midad-e2e-'));
    if (!spelling) {
      const store = new Conf({ cwd: dataDir, projectName: 'midad', ...SETTINGS_FILE_OPTIONS });
      new SettingsService(store).update({ editor: { spelling: false } });
    }
    const host = await startWebHostProcess(dataDir);
    const consoleErrors = collectConsoleErrors(page);
    await page.goto(host.openUrl);
    await expect(page.getByTestId('editor')).toHaveAttribute('data-ready', 'true');
    const call = <T>(methodName: string, ...args: unknown[]) => callHost<T>(host, methodName, args);
    const readSavedDocument = async (): Promise<SavedDocument | null> => {
      try {
        const draft = await call<{
          meta: DraftContent['meta'];
          body: DraftContent['body'];
          updatedAt: string;
        }>('drafts.open', await openDraftId(page));
        return { document: { meta: draft.meta, body: draft.body }, savedAt: draft.updatedAt };
      } catch {
        return null;
      }
    };
    await use({ page, dataDir, host, readSavedDocument, call, consoleErrors });
    await host.stop();
    await rm(dataDir, { recursive: true, force: true });
  },
});

export { expect };
