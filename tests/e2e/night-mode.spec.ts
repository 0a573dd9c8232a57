// Night mode: the app follows the system's light or dark until the writer picks one in
// Settings or switches with View ▸ Night mode; the pick is kept by the host, and a reload
// paints in it from the first frame.
import type { Page } from '@playwright/test';
import { expect, test, type App } from './fixtures.ts';

const LIGHT_PAPER = 'rgb(251, 250, 246)';
const DARK_PAPER = 'rgb(27, 26, 23)';

const paper = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/** The system shows `scheme`, and the app, following it, has painted its paper. */
async function systemShows(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await expect.poll(() => paper(page)).toBe(scheme === 'dark' ? DARK_PAPER : LIGHT_PAPER);
}

/** The appearance the host keeps in the settings: 'system', 'light' or 'dark'. */
const appearanceKept = async (app: App) =>
  (await app.call<{ appearance: string }>('settings.get')).appearance;

test('the colours follow the system until a choice in Settings fixes them, kept across a reload', async ({
  app,
}) => {
  const { page } = app;
  await systemShows(page, 'dark');
  await systemShows(page, 'light');

  await page.getByTestId('nav-settings').click();
  await page.getByTestId('setting-appearance').selectOption('dark');
  await expect.poll(() => paper(page)).toBe(DARK_PAPER);
  await expect.poll(() => appearanceKept(app)).toBe('dark');

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

test('View ▸ Night mode switches to the colours not shown, and a second choice follows the system again', async ({
  app,
}) => {
  const { page } = app;
  await systemShows(page, 'light');
  const chooseNightMode = async () => {
    await page.getByTestId('command-menu-button').click();
    await page.getByRole('menuitem', { name: 'الوضع الليلي' }).click();
  };

  await chooseNightMode();
  await expect.poll(() => paper(page)).toBe(DARK_PAPER);
  await expect.poll(() => appearanceKept(app)).toBe('dark');

  await chooseNightMode();
  await expect.poll(() => appearanceKept(app)).toBe('system');
  await expect.poll(() => paper(page)).toBe(LIGHT_PAPER);
});
