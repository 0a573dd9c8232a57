// Counts for a selection, the headline and excerpt against the newsroom's limits, and the
// settings screen where those limits and the reading speed are set, in a real Chromium.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

async function typeArticle(page: Page, text: string): Promise<void> {
  await page.getByTestId('editor').click();
  await page.keyboard.insertText(text);
}

/** Selects the first `length` characters of the first paragraph, as a drag with the mouse would. */
async function selectStart(page: Page, length: number): Promise<void> {
  await page.evaluate((count) => {
    const text = document.querySelector('[data-testid="editor"] p')!.firstChild!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, count);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, length);
}

test('selecting text shows its words and characters beside the article counts, and they go with the selection', async ({
  app,
}) => {
  const { page } = app;
  await typeArticle(page, 'قتل ١٢ شخصا في عام ٢٠٢٤ بحسب التقرير');
  await expect(page.getByTestId('count-words')).toHaveAttribute('data-value', '8');
  await expect(page.getByTestId('selection-counts')).toHaveCount(0);

  await selectStart(page, 'قتل ١٢ شخصا'.length);
  const selection = page.getByTestId('selection-counts');
  await expect(selection).toHaveAttribute('data-words', '3');
  await expect(selection).toHaveAttribute('data-chars', '11');
  await expect(selection).toContainText('في التحديد');
  await expect(page.getByTestId('count-words')).toHaveAttribute('data-value', '8');

  await page.keyboard.press('End');
  await expect(selection).toHaveCount(0);
});

test('the headline meter warns as the limit comes near and says how far over it is, without cutting the headline', async ({
  app,
}) => {
  const { page } = app;
  const meter = page.getByTestId('meta-headline-length');
  await page.getByTestId('meta-headline').fill('الرياض تراهن على الطاقة');
  await expect(meter).toHaveAttribute('data-state', 'ok');
  await expect(meter.locator('.length-figures')).toHaveAttribute('data-length', '23');
  await expect(meter.locator('.length-figures')).toHaveAttribute('data-limit', '65');

  const near = 'الرياض تراهن على الطاقة الشمسية لتنويع اقتصادها في العقد المقبل';
  await page.getByTestId('meta-headline').fill(near);
  await expect(meter).toHaveAttribute('data-state', 'near');
  await expect(meter).toContainText('بقي حتى الحد');

  const over = `${near} رغم تراجع أسعار النفط`;
  await page.getByTestId('meta-headline').fill(over);
  await expect(meter).toHaveAttribute('data-state', 'over');
  await expect(meter).toContainText(`فوق الحد: ${over.length - 65}`);
  await expect(page.getByTestId('meta-headline')).toHaveValue(over);
});

test('a newsroom sets its own limits and reading speed, they apply at once and survive a reload', async ({
  app,
}) => {
  const { page } = app;
  await typeArticle(page, 'كلمة '.repeat(150));
  await expect(page.getByTestId('count-reading')).toHaveAttribute('data-value', '2');

  await page.getByTestId('nav-settings').click();
  await page.getByTestId('setting-headlineChars').fill('٢٠');
  await page.getByTestId('setting-wordsPerMinute').fill('200');
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('settings-outcome')).toHaveAttribute('data-outcome', 'saved');

  await page.getByTestId('nav-article').click();
  await expect(page.getByTestId('count-reading')).toHaveAttribute('data-value', '1');
  await page.getByTestId('meta-headline').fill('الرياض تراهن على الطاقة');
  await expect(page.getByTestId('meta-headline-length')).toHaveAttribute('data-state', 'over');

  await page.reload();
  await expect(page.getByTestId('editor')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('meta-headline-length').locator('.length-figures')).toHaveAttribute(
    'data-limit',
    '20',
  );
  const saved = await app.call<{
    editor: { wordsPerMinute: number };
    limits: { headlineChars: number };
  }>('settings.get');
  expect(saved.editor.wordsPerMinute).toBe(200);
  expect(saved.limits.headlineChars).toBe(20);
});

test('a limit that makes no sense is refused with a reason, and nothing is saved', async ({
  app,
}) => {
  const { page } = app;
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('setting-excerptChars').fill('5');
  await page.getByTestId('settings-save').click();
  const outcome = page.getByTestId('settings-outcome');
  await expect(outcome).toHaveAttribute('data-outcome', 'refused');
  await expect(outcome).toContainText(/بين 20 و2,?000/u);
  await expect(page.getByTestId('setting-excerptChars')).toHaveAttribute('aria-invalid', 'true');

  await page.getByTestId('setting-excerptChars').fill('كثير');
  await page.getByTestId('settings-save').click();
  await expect(outcome).toContainText('اكتب عددًا صحيحًا');
  const saved = await app.call<{ limits: { excerptChars: number } }>('settings.get');
  expect(saved.limits.excerptChars).toBe(155);
});

test('counts and the headline meter follow the house digits: Arabic-Indic once the newsroom picks them, Western again after', async ({
  app,
}) => {
  const { page } = app;
  await typeArticle(page, 'قتل ١٢ شخصا في عام ٢٠٢٤ بحسب التقرير');
  await page.getByTestId('meta-headline').fill('الرياض تراهن على الطاقة');
  await expect(page.getByTestId('count-words')).toHaveText('8');
  await expect(page.getByTestId('meta-headline-length').locator('.length-figures')).toHaveText(
    '23 / 65',
  );

  await page.getByTestId('style-toggle').click();
  await page.getByTestId('style-setting-digits').selectOption('arabic-indic');
  await expect(page.getByTestId('count-words')).toHaveText('٨');
  await expect(page.getByTestId('meta-headline-length').locator('.length-figures')).toHaveText(
    '٢٣ / ٦٥',
  );

  await page.reload();
  await expect(page.getByTestId('editor')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('count-words')).toHaveText('٨');

  await page.getByTestId('style-toggle').click();
  await page.getByTestId('style-setting-digits').selectOption('western');
  await expect(page.getByTestId('count-words')).toHaveText('8');
});
