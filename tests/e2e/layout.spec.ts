// The layout's rough edges, measured: the headline field has nothing to scroll, the Desk
// keeps off the window's edges, the link popover stays in the window above the footer, and
// the site address field answers with the app's own message, in line with the form.
import type { Page } from '@playwright/test';
import { ar } from '../../renderer/i18n/ar.ts';
import { en } from '../../renderer/i18n/en.ts';
import { editor, settle } from './editor-typing.ts';
import { expect, test } from './fixtures.ts';

async function overflow(page: Page, testId: string): Promise<number> {
  return page
    .getByTestId(testId)
    .evaluate((element) => element.scrollHeight - element.clientHeight);
}

test('the headline field shows no scrollbar, empty, on one line or on two', async ({ app }) => {
  const { page } = app;
  await page.evaluate(() => document.fonts.ready);
  expect(await overflow(page, 'meta-headline')).toBeLessThanOrEqual(0);
  await page.getByTestId('meta-headline').fill('الوزير يفتتح معرض الكتاب');
  expect(await overflow(page, 'meta-headline')).toBeLessThanOrEqual(0);
  await page
    .getByTestId('meta-headline')
    .fill('الوزير يفتتح معرض الكتاب في الرياض ويعلن عن جائزة جديدة للترجمة إلى العربية هذا العام');
  const box = await page.getByTestId('meta-headline').boundingBox();
  expect(box!.height).toBeGreaterThan(90);
  expect(await overflow(page, 'meta-headline')).toBeLessThanOrEqual(0);
  expect(await overflow(page, 'meta-excerpt')).toBeLessThanOrEqual(0);
});

test("the Desk screen keeps at least 16 px from both of the window's sides", async ({ app }) => {
  const { page } = app;
  await page.getByTestId('nav-desk').click();
  const heading = page.locator('#desk-title');
  await expect(heading).toBeVisible();
  const edges = await heading.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return { left: box.left, right: document.documentElement.clientWidth - box.right };
  });
  expect(edges.left).toBeGreaterThanOrEqual(16);
  expect(edges.right).toBeGreaterThanOrEqual(16);
});

test('the link popover opened near the bottom of the window opens over the text, above the footer', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 700 });
  await editor(page).click();
  for (let line = 1; line <= 14; line += 1) {
    await page.keyboard.insertText(`سطر رقم ${line} من المقال`);
    await page.keyboard.press('Enter');
  }
  await page.keyboard.insertText('الرابط هنا');
  await settle(page);
  await page.keyboard.press('Shift+Home');
  await settle(page);
  const footerTop = await page
    .locator('.status-bar')
    .evaluate((element) => element.getBoundingClientRect().top);
  const caretBottom = await page.evaluate(
    () => window.getSelection()!.getRangeAt(0).getBoundingClientRect().bottom,
  );
  // The selected line sits just above the footer.
  expect(footerTop - caretBottom).toBeLessThan(200);
  await page.getByTestId('toolbar-link').click();
  const popover = page.getByTestId('link-popover');
  await expect(popover).toBeVisible();
  await settle(page);
  const box = (await popover.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(footerTop);
  expect(box.y + box.height).toBeLessThanOrEqual(caretBottom);
});

test("the site address field takes a bare domain and answers in the app's own words, in line with the form", async ({
  app,
}) => {
  const { page } = app;
  await page.getByTestId('nav-sites').click();
  const error = page.getByTestId('site-add-error');

  await page.getByTestId('site-add').click();
  await expect(error).toHaveText(ar.sites.missingFields);

  await page.getByTestId('site-url').fill('exa mple');
  await page.getByTestId('site-login').fill('editor');
  await page.getByTestId('site-password').fill('abcd efgh ijkl mnop');
  await page.getByTestId('site-add').click();
  await expect(error).toHaveText(ar.errors.sites.invalid_url);
  // The browser's own url check would have refused a bare domain before the host saw it.
  await page.getByTestId('site-url').fill('news.example');
  expect(
    await page
      .getByTestId('site-url')
      .evaluate((input) => (input as HTMLInputElement).validity.valid),
  ).toBe(true);

  // In line with the fields above it: the same inline start and end.
  const field = (await page.getByTestId('site-url').boundingBox())!;
  const box = (await error.boundingBox())!;
  expect(Math.abs(box.x + box.width - (field.x + field.width))).toBeLessThanOrEqual(1);
  expect(Math.abs(box.x - field.x)).toBeLessThanOrEqual(1);

  await page.getByTestId('language-switch').click();
  await page.getByTestId('site-url').fill('exa mple');
  await page.getByTestId('site-add').click();
  await expect(error).toHaveText(en.errors.sites.invalid_url);
});
