// Night mode: the app follows the system's light or dark until the writer picks one in
// Settings; the pick is kept by the host, and a reload paints in it from the first frame.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const LIGHT_PAPER = 'rgb(251, 250, 246)';
const DARK_PAPER = 'rgb(27, 26, 23)';

const paper = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the colours follow the system until a choice in Settings fixes them, kept across a reload', async ({
  app,
}) => {
  const { page } = app;
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => paper(page)).toBe(DARK_PAPER);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => paper(page)).toBe(LIGHT_PAPER);

  await page.getByTestId('nav-settings').click();
  await page.getByTestId('setting-appearance').selectOption('dark');
  await expect.poll(() => paper(page)).toBe(DARK_PAPER);
  await expect
    .poll(async () => (await app.call<{ appearance: string }>('settings.get')).appearance)
    .toBe('dark');

  // The paper the page has when its first script has run: already dark, no light flash.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { firstPaper: string }).firstPaper = getComputedStyle(
        document.documentElement,
      ).colorScheme;
    });
  });
  await page.reload();
  await expect(page.getByTestId('editor')).toHaveAttribute('data-ready', 'true');
  expect(await page.evaluate(() => (window as unknown as { firstPaper: string }).firstPaper)).toBe(
    'dark',
  );
  await expect.poll(() => paper(page)).toBe(DARK_PAPER);

  // Back to following the system, which is light here.
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('setting-appearance').selectOption('system');
  await expect.poll(() => paper(page)).toBe(LIGHT_PAPER);
});
