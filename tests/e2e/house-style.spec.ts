// The house-style checker in the built app: findings underlined and listed in the style
// panel, a fix per finding and per kind (undoable), rules turned off in the settings, and
// a text the checker never changes on its own.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

async function typeInEditor(page: Page, text: string): Promise<void> {
  await page.getByTestId('editor').click();
  await page.keyboard.type(text);
}

/** How many ranges the checker has painted, with a fix and as advice. */
function paintedRanges(page: Page): Promise<{ fix: number; advice: number }> {
  return page.evaluate(() => ({
    fix: CSS.highlights.get('house-style')?.size ?? 0,
    advice: CSS.highlights.get('house-style-advice')?.size ?? 0,
  }));
}

const group = (page: Page, ruleId: string) =>
  page.locator(`[data-testid="style-group"][data-rule="${ruleId}"]`);

test('a Latin comma and tatweel are underlined, listed, and fixed one click each, undoably', async ({
  app,
}) => {
  const { page } = app;
  await typeInEditor(page, 'قال الوزير, إن هـذا جيد');
  await expect.poll(() => paintedRanges(page)).toEqual({ fix: 2, advice: 0 });
  await expect(page.getByTestId('style-badge')).toHaveText('2');

  await page.getByTestId('style-toggle').click();
  await expect(group(page, 'latin-punctuation').getByTestId('style-finding')).toHaveCount(1);
  await expect(group(page, 'tatweel').getByTestId('style-finding')).toHaveCount(1);

  await group(page, 'latin-punctuation').getByTestId('style-fix').click();
  await expect(page.getByTestId('editor')).toHaveText('قال الوزير، إن هـذا جيد');
  await expect(group(page, 'latin-punctuation')).toHaveCount(0);

  await group(page, 'tatweel').getByTestId('style-fix').click();
  await expect(page.getByTestId('editor')).toHaveText('قال الوزير، إن هذا جيد');
  await expect(page.getByTestId('style-none')).toBeVisible();
  await expect.poll(() => paintedRanges(page)).toEqual({ fix: 0, advice: 0 });

  await page.getByTestId('editor').focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('editor')).toHaveText('قال الوزير، إن هـذا جيد');
});

test('clicking a finding selects its text in the article', async ({ app }) => {
  const { page } = app;
  await typeInEditor(page, 'زار الوفد مدينة جمـيـلة');
  await page.getByTestId('style-toggle').click();
  await group(page, 'tatweel').locator('.style-finding-text').first().click();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('ـ');
});

test('"fix all" fixes every finding of one kind and leaves the others', async ({ app }) => {
  const { page } = app;
  await typeInEditor(page, 'هـذا جمـيل, وذاك طويـل');
  await page.getByTestId('style-toggle').click();
  await expect(group(page, 'tatweel').getByTestId('style-finding')).toHaveCount(3);
  await group(page, 'tatweel').getByTestId('style-fix-all').click();
  await expect(page.getByTestId('editor')).toHaveText('هذا جميل, وذاك طويل');
  await expect(group(page, 'tatweel')).toHaveCount(0);
  await expect(group(page, 'latin-punctuation').getByTestId('style-finding')).toHaveCount(1);
});

test('turning a rule off in the style settings removes its findings and underlines', async ({
  app,
}) => {
  const { page } = app;
  await typeInEditor(page, 'هـذا جيد');
  await page.getByTestId('style-toggle').click();
  await expect(group(page, 'tatweel')).toHaveCount(1);
  await page.locator('[data-testid="style-rule-toggle"][data-rule="tatweel"]').uncheck();
  await expect(group(page, 'tatweel')).toHaveCount(0);
  await expect(page.getByTestId('style-none')).toBeVisible();
  await expect.poll(() => paintedRanges(page)).toEqual({ fix: 0, advice: 0 });
  await expect
    .poll(
      async () =>
        (await app.call<{ houseStyle: { disabledRules: string[] } }>('settings.get')).houseStyle
          .disabledRules,
    )
    .toEqual(['tatweel']);
});

test('the checker never changes the text by itself', async ({ app }) => {
  const { page } = app;
  const text = 'قال  الوزير ,إن هـذا “جيد” جداً جداً؟؟ عام ۲۰۲۴ و2025 (مؤقتا';
  await typeInEditor(page, text);
  await expect(page.getByTestId('style-badge')).toBeVisible();
  await page.waitForTimeout(1_500);
  await expect(page.getByTestId('editor')).toHaveText(text);
  const painted = await paintedRanges(page);
  expect(painted.fix).toBeGreaterThan(5);
  expect(painted.advice).toBe(1);
  expect(app.consoleErrors).toEqual([]);
});

test('a word list file is imported into the settings, and a bad one changes nothing and says which line', async ({
  app,
}) => {
  const { page } = app;
  await typeInEditor(page, 'زار الوفد اسطنبول');
  await page.getByTestId('style-toggle').click();
  const file = (name: string, text: string) => ({
    name,
    mimeType: 'text/plain',
    buffer: Buffer.from(text, 'utf8'),
  });

  await page
    .getByTestId('style-word-list-file')
    .setInputFiles(file('bad.txt', 'إسطنبول = اسطنبول\nأوباما اوباما\n'));
  await expect(page.getByTestId('style-word-list-outcome')).toContainText('السطر 2');
  await expect(page.getByTestId('style-word-list-count')).toHaveText('القائمة فارغة.');

  await page
    .getByTestId('style-word-list-file')
    .setInputFiles(file('list.txt', '# أماكن\nإسطنبول = اسطنبول، استانبول\n'));
  await expect(page.getByTestId('style-word-list-count')).toHaveText('كلمة معتمدة واحدة');
  await group(page, 'word-list').getByTestId('style-fix').click();
  await expect(page.getByTestId('editor')).toHaveText('زار الوفد إسطنبول');
});

test('in a long article every finding is listed at once, and underlined when it comes on screen', async ({
  app,
}) => {
  const { page } = app;
  await typeInEditor(page, 'هـذا أول الخبر');
  for (let line = 0; line < 100; line += 1) await page.keyboard.press('Enter');
  await page.keyboard.type('قال الوزير, إن الخبر انتهى');
  const underlined = () =>
    page.evaluate(() =>
      [...(CSS.highlights.get('house-style') ?? [])].map((range) => (range as Range).toString()),
    );

  // The caret's paragraph is on screen; the first one is far above it.
  await expect.poll(underlined).toEqual([',']);
  await expect(page.getByTestId('style-badge')).toHaveText('2');
  await page.getByTestId('style-toggle').click();
  await expect(page.getByTestId('style-finding')).toHaveCount(2);

  await group(page, 'tatweel').locator('.style-finding-text').first().click();
  await expect.poll(underlined).toEqual(['ـ']);
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('ـ');
});

test('while the writer types in one paragraph, the underlines of another stay shown, and the highlights return at the pause', async ({
  app,
}) => {
  const { page } = app;
  await typeInEditor(page, 'هـذا أول الخبر, وفيه جمـيل');
  await page.keyboard.press('Enter');
  await expect.poll(() => paintedRanges(page)).toEqual({ fix: 3, advice: 0 });
  await page.getByTestId('style-toggle').click();
  await page.getByTestId('editor').locator('p').last().click();

  // Every frame while typing, the first paragraph's underlines are painted by the highlights or drawn by the overlay.
  await page.evaluate(() => {
    const record = { frames: 0, bare: 0, overlayMarks: 0 };
    (window as unknown as { underlineFrames: typeof record }).underlineFrames = record;
    const look = () => {
      record.frames += 1;
      const marks = Number(
        document.querySelector<HTMLElement>('[data-testid="style-overlay"]')?.dataset.marks ?? 0,
      );
      const registered = CSS.highlights.get('house-style')?.size ?? 0;
      record.overlayMarks = Math.max(record.overlayMarks, marks);
      if (marks === 0 && registered === 0) record.bare += 1;
      if (record.frames < 10_000) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.keyboard.type('وقال الوزير كلاما طويلا عن الخبر');
  const seen = () =>
    page.evaluate(
      () =>
        (
          window as unknown as {
            underlineFrames: { frames: number; bare: number; overlayMarks: number };
          }
        ).underlineFrames,
    );
  expect((await seen()).overlayMarks).toBeGreaterThanOrEqual(3);

  await expect.poll(() => paintedRanges(page)).toEqual({ fix: 3, advice: 0 });
  await expect(page.getByTestId('style-overlay')).toHaveCount(0);
  expect((await seen()).bare).toBe(0);

  // A finding clicked in the panel right after typing is selected and underlined.
  await page.keyboard.type('ب');
  await group(page, 'tatweel').locator('.style-finding-text').first().click();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('ـ');
  await expect.poll(() => paintedRanges(page)).toEqual({ fix: 3, advice: 0 });
  expect(app.consoleErrors).toEqual([]);
});
