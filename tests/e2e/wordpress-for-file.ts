// One real WordPress 6.1 for an e2e file (its tests run one after the other in one worker),
// skipped with the reason when this machine cannot start it, and the steps those files
// share: adding the site in the UI, and reading or writing a post through REST as a user.
import type { Page } from '@playwright/test';
import {
  startWordPress,
  wordPressUnavailableReason,
  type Role,
  type RunningWordPress,
  type WordPressOptions,
} from '../support/wordpress/start-wordpress.ts';
import { expect, test } from './fixtures.ts';

/** Starts WordPress before the file's tests and stops it after; call at the top of the file. */
export function useWordPressForFile(
  what: string,
  options: WordPressOptions = { permalinks: 'pretty', locale: 'ar' },
): () => RunningWordPress {
  const unavailable = wordPressUnavailableReason();
  if (unavailable) console.warn(`\n⚠ SKIPPED: ${what}: ${unavailable}\n`);
  test.describe.configure({ mode: 'serial' });
  test.skip(unavailable !== null, unavailable ?? '');

  let wordpress: RunningWordPress | undefined;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    wordpress = await startWordPress(options);
  });
  test.afterAll(async () => {
    await wordpress?.stop();
  });
  return () => {
    if (!wordpress) throw new Error('WordPress is not running');
    return wordpress;
  };
}

/** Adds the site on the Sites screen with the user's application password, and waits for its card. */
export async function addSiteInUi(
  page: Page,
  wordpress: RunningWordPress,
  role: Role,
): Promise<void> {
  const user = wordpress.users[role];
  await page.getByTestId('nav-sites').click();
  await page.getByTestId('site-url').fill(wordpress.url);
  await page.getByTestId('site-login').fill(user.login);
  await page.getByTestId('site-password').fill(user.appPassword);
  await page.getByTestId('site-add').click();
  await expect(page.getByTestId('site')).toHaveCount(1, { timeout: 15_000 });
}

/** Opens a pending story from the Desk view's queue, as a copy editor does, and waits for its headline. */
export async function openFromDeskQueue(page: Page, title: string): Promise<void> {
  await page.getByTestId('nav-desk').click();
  await page.getByTestId('desk-show-queue').click();
  const item = page.getByTestId('desk-item').filter({ hasText: title });
  await expect(item).toBeVisible({ timeout: 15_000 });
  await item.getByRole('button').click();
  await expect(page.getByTestId('meta-headline')).toHaveValue(title);
}

/** A REST call as one of the site's users; a failure fails the test with its status. */
export async function restAs<T = Record<string, unknown>>(
  wordpress: RunningWordPress,
  role: Role,
  route: string,
  init: { method?: string; body?: unknown } = {},
): Promise<T> {
  const user = wordpress.users[role];
  const response = await fetch(`${wordpress.restRoot}${route}`, {
    method: init.method ?? 'GET',
    headers: {
      authorization: `Basic ${Buffer.from(`${user.login}:${user.appPassword}`).toString('base64')}`,
      'content-type': 'application/json',
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  expect(response.status).toBeLessThan(300);
  return (await response.json()) as T;
}
