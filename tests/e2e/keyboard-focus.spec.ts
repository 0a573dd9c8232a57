// Keyboard use of the panels and the toolbar: focus goes into a panel when it opens, Escape
// closes it and gives focus back to its button; the toolbar is one tab stop whose arrow
// keys follow the reading direction.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { typeParagraphs } from './editor-typing.ts';

/** Each panel's button (`${id}-toggle`) and the panel's own test id. */
const PANELS = [
  ['history', 'history'],
  ['preview', 'preview'],
  ['style', 'style-panel'],
  ['suggestions', 'suggestions-panel'],
  ['comments', 'comments-panel'],
  ['publish', 'publish-panel'],
] as const;

async function toolbarStops(page: Page): Promise<string[]> {
  return page
    .locator('.toolbar button[tabindex="0"]')
    .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-testid') ?? ''));
}

test('each side panel takes focus when opened from the keyboard, and Escape gives it back to its button', async ({
  app,
}) => {
  const { page } = app;
  for (const [id, panel] of PANELS) {
    const toggle = page.getByTestId(`${id}-toggle`);
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId(panel).locator('h2')).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');

    await page.keyboard.press('Tab');
    await expect(page.getByTestId(panel).locator(':focus')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId(panel)).toHaveCount(0);
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  }
});

test('the close button and the toggle give focus back too, and one panel replaces another', async ({
  app,
}) => {
  const { page } = app;
  await page.getByTestId('history-toggle').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('history').locator('h2')).toBeFocused();
  await page.getByTestId('preview-toggle').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('history')).toHaveCount(0);
  await expect(page.getByTestId('preview').locator('h2')).toBeFocused();
  await page.getByTestId('preview').getByRole('button', { name: 'إغلاق', exact: true }).click();
  await expect(page.getByTestId('preview')).toHaveCount(0);
  await expect(page.getByTestId('preview-toggle')).toBeFocused();
});

test('the toolbar is one tab stop; in Arabic ArrowLeft goes on to the next button, Home and End to its ends', async ({
  app,
}) => {
  const { page } = app;
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await toolbarStops(page)).toEqual(['toolbar-bold']);

  await page.getByTestId('toolbar-bold').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('toolbar-italic')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('toolbar-underline')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('toolbar-italic')).toBeFocused();
  expect(await toolbarStops(page)).toEqual(['toolbar-italic']);

  await page.keyboard.press('End');
  const last = page.locator('.toolbar button:not(:disabled)').last();
  await expect(last).toBeFocused();
  await page.keyboard.press('Home');
  await expect(page.getByTestId('toolbar-bold')).toBeFocused();
  // Past the first button, the row wraps round to the last.
  await page.keyboard.press('ArrowRight');
  await expect(last).toBeFocused();

  // Tab leaves the toolbar at once: it is one stop, not eighteen.
  await page.keyboard.press('Home');
  await page.keyboard.press('Tab');
  await expect(page.locator('.toolbar :focus')).toHaveCount(0);
});

test('in English the toolbar arrows run left to right', async ({ app }) => {
  const { page } = app;
  await page.getByTestId('language-switch').click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await page.getByTestId('toolbar-bold').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('toolbar-italic')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('toolbar-bold')).toBeFocused();
});

test('a save refused for a full disk says so, and the text stays', async ({ app }) => {
  const { page } = app;
  await page.route('**/api/drafts.save', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'storage.disk_full' } }),
    }),
  );
  await typeParagraphs(page, ['نص لا يجد مكانا على القرص']);
  const status = page.getByTestId('save-status');
  await expect(status).toHaveAttribute('data-code', 'storage.disk_full');
  await expect(status).toContainText('القرص ممتلئ');
  await expect(page.getByTestId('editor')).toContainText('نص لا يجد مكانا على القرص');
});
