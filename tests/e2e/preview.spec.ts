// The preview shows the article in the markup that goes to the site.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

async function settle(page: Page): Promise<void> {
  // Lexical reads the selection on selectionchange: let two frames pass before the next key.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

test('the preview shows the headline and the article as the site will read it, an English paragraph left-to-right', async ({
  app,
}) => {
  const { page } = app;
  await page.getByTestId('meta-headline').fill('الرياض تراهن على الطاقة الشمسية');
  const editor = page.getByTestId('editor');
  await editor.click();
  await page.keyboard.type('أعلنت الوزارة إطلاق سبعة مشاريع جديدة.');
  await settle(page);
  await page.keyboard.press('Enter');
  await page.keyboard.type('"We will keep investing," he said.');
  await settle(page);
  await page.getByTestId('toolbar-direction').click();

  await page.getByTestId('preview-toggle').click();
  const preview = page.getByTestId('preview');
  await expect(preview.getByTestId('preview-headline')).toHaveText(
    'الرياض تراهن على الطاقة الشمسية',
  );
  const body = preview.getByTestId('preview-body');
  await expect(body.locator('p').first()).toHaveText('أعلنت الوزارة إطلاق سبعة مشاريع جديدة.');
  await expect(body.locator('p[dir="ltr"]')).toHaveText('"We will keep investing," he said.');
  expect(
    await body
      .locator('p')
      .first()
      .evaluate((element) => getComputedStyle(element).direction),
  ).toBe('rtl');
  expect(await body.innerHTML()).toContain('<!-- wp:paragraph {"direction":"ltr"} -->');
  expect(app.consoleErrors).toEqual([]);
});
