// The outbox seen from any screen: the header's badge counts the jobs on their way and the
// failures not yet looked at and opens the outbox; the offline indicator shows while the
// machine has no network or a job waits on a site that does not answer; a job that ends
// while its panel is closed is told by a system notification whose click opens the panel.
// The site is a local server this test controls: first nothing listens on its port (the
// connection is refused), then it answers every request with WordPress's 401.
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { FileSecretStore } from '../../electron/services/publish/sites/secret-store.ts';
import { siteRecord } from '../support/publish/site-record.ts';
import { expect, openDraftId, test, type App } from './fixtures.ts';

const SITE_ID = 'site-outbox-signals';

/** A port nothing listens on (yet): a connection there is refused at once. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The site comes back, refusing this account: every request gets WordPress's 401 while
 * `check` runs; then the site is gone again.
 */
async function whileRefused(port: number, check: () => Promise<void>): Promise<void> {
  const server = createServer((_request, response) => {
    response.writeHead(401, { 'content-type': 'application/json; charset=UTF-8' });
    response.end(
      JSON.stringify({ code: 'rest_not_logged_in', message: 'No.', data: { status: 401 } }),
    );
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  try {
    await check();
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

/** The site as the Sites screen would have kept it, with its application password. */
async function keepSite(dataDir: string, port: number): Promise<void> {
  const now = new Date().toISOString();
  const site = siteRecord(`http://127.0.0.1:${port}`, {
    id: SITE_ID,
    name: 'صحيفة الاختبار',
    addedAt: now,
    checkedAt: now,
  });
  await writeFile(path.join(dataDir, 'sites.json'), JSON.stringify({ version: 1, sites: [site] }));
  await new FileSecretStore(dataDir).set(`wordpress/${SITE_ID}`, 'abcd efgh ijkl mnop qrst uvwx');
}

/** Replaces the page's Notification with one that records what it is asked to show. */
async function recordNotifications(page: Page): Promise<void> {
  await page.context().grantPermissions(['notifications']);
  await page.addInitScript(() => {
    const Real = window.Notification;
    const shown: { title: string; body?: string; onclick: (() => void) | null }[] = [];
    class Recorded {
      static get permission() {
        return Real.permission;
      }
      static requestPermission() {
        return Real.requestPermission();
      }
      onclick: (() => void) | null = null;
      constructor(
        readonly title: string,
        options?: NotificationOptions,
      ) {
        shown.push(Object.assign(this, { body: options?.body }));
      }
      close() {}
    }
    Object.assign(window, { Notification: Recorded, shownNotifications: shown });
  });
  await page.reload();
  await expect(page.getByTestId('editor')).toHaveAttribute('data-ready', 'true');
}

const notifications = (page: Page) =>
  page.evaluate(() =>
    (
      window as unknown as { shownNotifications: { title: string; body?: string }[] }
    ).shownNotifications.map(({ title, body }) => ({ title, body })),
  );

/** Notifications recorded, and a site kept on a port nothing listens on yet: its port. */
async function unreachableSite(app: App): Promise<number> {
  await recordNotifications(app.page);
  const port = await freePort();
  await keepSite(app.dataDir, port);
  return port;
}

// A job on a site that does not answer waits out its retries: slow on a loaded machine.
test.describe.configure({ timeout: 120_000 });

test('a job waiting on an unreachable site shows in the badge and the offline indicator; its failure is notified, and the click opens the outbox', async ({
  app,
}) => {
  const { page } = app;
  const port = await unreachableSite(app);
  const badge = page.getByTestId('jobs-badge');
  const offline = page.getByTestId('offline-indicator');
  await expect(badge).toHaveCount(0);
  await expect(offline).toHaveCount(0);

  const draftId = await openDraftId(page);
  await page.getByTestId('meta-headline').fill('خبر لا يصل');
  await expect
    .poll(async () => (await app.readSavedDocument())?.document.meta.headline)
    .toBe('خبر لا يصل');
  // The library is on screen, the publish panel closed.
  await page.getByTestId('nav-library').click();
  await app.call('publish.enqueue', draftId, SITE_ID, { action: 'draft' });

  // Refused connection: the job waits and tries again; the header says so, in Arabic.
  await expect(badge).toHaveAttribute('data-running', '1');
  await expect(badge).toHaveAttribute('data-failed', '0');
  await expect(badge).toHaveAttribute('aria-label', /مهمة نشر واحدة جارية/);
  await expect(offline).toHaveAttribute('data-reason', 'sites');
  await expect(offline).toHaveText('المواقع لا تجيب');

  // The site answers again, refusing the account: the job fails, the indicator goes.
  await whileRefused(port, async () => {
    await expect(badge).toHaveAttribute('data-failed', '1', { timeout: 60_000 });
    await expect(badge).toHaveAttribute('data-running', '0');
    await expect(badge).toHaveAttribute('aria-label', /مهمة واحدة متعثّرة/);
    await expect(offline).toHaveCount(0);
    await expect
      .poll(() => notifications(page))
      .toEqual([{ title: 'تعثّرت مهمة النشر', body: expect.stringContaining('خبر لا يصل') }]);

    // The notification's click brings the outbox: the publish panel beside the article.
    await page.evaluate(() =>
      (
        window as unknown as { shownNotifications: { onclick: (() => void) | null }[] }
      ).shownNotifications[0]?.onclick?.(),
    );
    await expect(page.getByTestId('publish-panel')).toBeVisible();
    await expect(page.getByTestId('publish-job')).toHaveAttribute('data-state', 'failed');
    // Seen there, the failure no longer counts: nothing is left for the badge.
    await expect(badge).toHaveCount(0);
  });
});

test('the badge opens the outbox, and a job ending with its panel open is not notified', async ({
  app,
}) => {
  const { page } = app;
  const port = await unreachableSite(app);
  const draftId = await openDraftId(page);
  await page.getByTestId('nav-settings').click();
  await app.call('publish.enqueue', draftId, SITE_ID, { action: 'draft' });

  const badge = page.getByTestId('jobs-badge');
  await expect(badge).toHaveAttribute('data-running', '1');
  await page.getByTestId('language-switch').click();
  await expect(badge).toHaveAttribute(
    'aria-label',
    '1 publishing job running, 0 failed jobs. Open the outbox',
  );
  await expect(page.getByTestId('offline-indicator')).toHaveText('Sites not answering');
  await badge.click();
  await expect(page.getByTestId('publish-panel')).toBeVisible();
  await expect(page.getByTestId('article')).toBeVisible();

  await whileRefused(port, async () => {
    await expect(page.getByTestId('publish-job')).toHaveAttribute('data-state', 'failed', {
      timeout: 60_000,
    });
    // Failed in plain view: not news for the badge, nor for a notification.
    await expect(badge).toHaveCount(0);
    expect(await notifications(page)).toEqual([]);
  });
});

test('the offline indicator shows while the machine has no network, in English too, and goes when it is back', async ({
  app,
}) => {
  const { page } = app;
  const offline = page.getByTestId('offline-indicator');
  await expect(offline).toHaveCount(0);
  await page.context().setOffline(true);
  await expect(offline).toHaveAttribute('data-reason', 'network');
  await expect(offline).toHaveText('لا اتصال بالشبكة');
  await page.context().setOffline(false);
  await expect(offline).toHaveCount(0);
  await page.getByTestId('language-switch').click();
  await page.context().setOffline(true);
  await expect(offline).toHaveText('Offline');
  await page.context().setOffline(false);
  await expect(offline).toHaveCount(0);
});
