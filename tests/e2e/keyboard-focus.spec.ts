// Keyboard use of the panels and the toolbar: focus goes into a panel when it opens, Escape
// closes it and gives focus back to its button; the toolbar is one tab stop whose arrow
// keys follow the reading direction.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { typeParagraphs } from './editor-typing.ts';
import { expectFocusBackOn, walkFocus } from './focus-walk.ts';
import { SIDE_PANELS } from './side-panels.ts';

/** Opens the panel with Enter on its button and expects the focus on the panel's heading: the button. */
async function openWithEnter(page: Page, id: string, panel: string): Promise<Locator> {
  const toggle = page.getByTestId(`${id}-toggle`);
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId(panel).locator('h2')).toBeFocused();
  return toggle;
}

async function toolbarStops(page: Page): Promise<string[]> {
  return page
    .locator('.toolbar button[tabindex="0"]')
    .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-testid') ?? ''));
}

test('each side panel takes focus when opened from the keyboard, and Escape gives it back to its button', async ({
  app,
}) => {
  const { page } = app;
  for (const [id, panel] of SIDE_PANELS) {
    const toggle = await openWithEnter(page, id, panel);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');

    await page.keyboard.press('Tab');
    await expect(page.getByTestId(panel).locator(':focus')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId(panel)).toHaveCount(0);
    await expectFocusBackOn(toggle, 'aria-pressed');
  }
});

test('the close button and the toggle give focus back too, and one panel replaces another', async ({
  app,
}) => {
  const { page } = app;
  await openWithEnter(page, 'history', 'history');
  const previewToggle = await openWithEnter(page, 'preview', 'preview');
  await expect(page.getByTestId('history')).toHaveCount(0);
  await page.getByTestId('preview').getByRole('button', { name: 'إغلاق', exact: true }).click();
  await expect(page.getByTestId('preview')).toHaveCount(0);
  await expect(previewToggle).toBeFocused();
});

test('the toolbar is one tab stop; in Arabic ArrowLeft goes on to the next button, Home and End to its ends', async ({
  app,
}) => {
  const { page } = app;
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await toolbarStops(page)).toEqual(['toolbar-bold']);

  const bold = page.getByTestId('toolbar-bold');
  const italic = page.getByTestId('toolbar-italic');
  await bold.focus();
  await walkFocus(page, [
    ['ArrowLeft', italic],
    ['ArrowLeft', page.getByTestId('toolbar-underline')],
    ['ArrowRight', italic],
  ]);
  expect(await toolbarStops(page)).toEqual(['toolbar-italic']);

  const last = page.locator('.toolbar button:not(:disabled)').last();
  await walkFocus(page, [
    ['End', last],
    ['Home', bold],
    // Past the first button, the row wraps round to the last.
    ['ArrowRight', last],
  ]);

  // Tab leaves the toolbar at once: it is one stop, not eighteen.
  await page.keyboard.press('Home');
  await page.keyboard.press('Tab');
  await expect(page.locator('.toolbar :focus')).toHaveCount(0);
});

test('in English the toolbar arrows run left to right', async ({ app }) => {
  const { page } = app;
  await page.getByTestId('language-switch').click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  const bold = page.getByTestId('toolbar-bold');
  await bold.focus();
  await walkFocus(page, [
    ['ArrowRight', page.getByTestId('toolbar-italic')],
    ['ArrowLeft', bold],
  ]);
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
