// The keyboard shortcuts of the command table in browser mode, each pressed as a writer
// would on Linux (Ctrl, not ⌘), with the sheet that lists them and the tooltips that name them.
import type { Page } from '@playwright/test';
import { expect, openDraftId, test } from './fixtures.ts';
import { editor, settle, typeParagraphs } from './editor-typing.ts';

const firstBlock = (page: Page) => editor(page).locator(':scope > *').first();

/** Types one paragraph in the article and, the caret at its end, presses the shortcut. */
async function typeAndPress(page: Page, text: string, keys: string): Promise<void> {
  await typeParagraphs(page, [text]);
  await page.keyboard.press(keys);
}

test('Ctrl+S saves the article now and the header says it is saved', async ({ app }) => {
  const { page } = app;
  await typeAndPress(page, 'خبر عاجل من العاصمة', 'Control+KeyS');
  await expect(page.getByTestId('save-status')).toHaveClass(/save-status-saved/);
  await expect
    .poll(async () => JSON.stringify((await app.readSavedDocument())?.document.body ?? ''))
    .toContain('خبر عاجل من العاصمة');
});

test('Alt+Shift+N starts a new draft in the browser, where Chromium keeps Ctrl+N for itself', async ({
  app,
}) => {
  const { page } = app;
  await typeParagraphs(page, ['المسودة الأولى']);
  const first = await openDraftId(page);
  await page.keyboard.press('Alt+Shift+KeyN');
  await expect.poll(() => openDraftId(page)).not.toBe(first);
  await expect(editor(page)).not.toContainText('المسودة الأولى');
});

/** Each shortcut that changes the kind of the block, pressed in turn on one typed paragraph. */
const BLOCK_SHORTCUTS = [
  {
    title:
      'Ctrl+Alt+2, Ctrl+Alt+3 and Ctrl+Alt+0 make a subheading, a small one and a paragraph again',
    text: 'الاقتصاد في أسبوع',
    presses: [
      ['Control+Alt+Digit2', 'H2'],
      ['Control+Alt+Digit3', 'H3'],
      ['Control+Alt+Digit0', 'P'],
    ],
  },
  {
    title: 'Ctrl+Shift+7 makes a numbered list and Ctrl+Shift+8 a bulleted one',
    text: 'البند الأول',
    presses: [
      ['Control+Shift+Digit7', 'OL'],
      ['Control+Shift+Digit8', 'UL'],
    ],
  },
] as const;

for (const { title, text, presses } of BLOCK_SHORTCUTS) {
  test(title, async ({ app }) => {
    const { page } = app;
    await typeParagraphs(page, [text]);
    for (const [keys, tagName] of presses) {
      await page.keyboard.press(keys);
      await expect(firstBlock(page)).toHaveJSProperty('tagName', tagName);
    }
  });
}

/** Each shortcut that marks the selected text, with the toolbar button that shows the mark. */
const MARK_SHORTCUTS = [
  ['Control+KeyI', 'italic', 'ed-italic'],
  ['Control+KeyU', 'underline', 'ed-underline'],
  ['Control+Shift+KeyX', 'strikethrough', 'ed-strikethrough'],
] as const;

test('Ctrl+I, Ctrl+U and Ctrl+Shift+X mark the selected text, and a second press takes the mark off', async ({
  app,
}) => {
  const { page } = app;
  await typeAndPress(page, 'تصريح الوزير', 'Shift+Home');
  await settle(page);
  for (const [keys, mark, className] of MARK_SHORTCUTS) {
    const button = page.getByTestId(`toolbar-${mark}`);
    await page.keyboard.press(keys);
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(firstBlock(page).locator(`.${className}`)).toHaveText('تصريح الوزير');
    await page.keyboard.press(keys);
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await expect(firstBlock(page).locator(`.${className}`)).toHaveCount(0);
  }
});

test('Ctrl+Shift+L turns the paragraph left to right and back', async ({ app }) => {
  const { page } = app;
  await typeAndPress(page, 'Reuters said', 'Control+Shift+KeyL');
  await expect(firstBlock(page)).toHaveAttribute('dir', 'ltr');
  await expect(page.getByTestId('toolbar-direction')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Control+Shift+KeyL');
  await expect(firstBlock(page)).not.toHaveAttribute('dir', 'ltr');
  await expect(page.getByTestId('toolbar-direction')).toHaveAttribute('aria-pressed', 'false');
});

test('Ctrl+Z undoes, and Ctrl+Y and Ctrl+Shift+Z both redo', async ({ app }) => {
  const { page } = app;
  await typeAndPress(page, 'عنوان فرعي', 'Control+Alt+Digit2');
  await expect(firstBlock(page)).toHaveJSProperty('tagName', 'H2');
  for (const redo of ['Control+KeyY', 'Control+Shift+KeyZ']) {
    await page.keyboard.press('Control+KeyZ');
    await expect(firstBlock(page)).toHaveJSProperty('tagName', 'P');
    await page.keyboard.press(redo);
    await expect(firstBlock(page)).toHaveJSProperty('tagName', 'H2');
  }
});

test('Ctrl+Alt+1 goes to the headline, the article’s first-level heading', async ({ app }) => {
  const { page } = app;
  await typeAndPress(page, 'نص', 'Control+Alt+Digit1');
  await expect(page.getByTestId('meta-headline')).toBeFocused();
});

test('Ctrl+Alt+Shift+X switches suggesting mode on and off, as in Docs', async ({ app }) => {
  const { page } = app;
  await typeParagraphs(page, ['نص للمراجعة']);
  const toggle = page.getByTestId('toolbar-suggesting');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Control+Alt+Shift+KeyX');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Control+Alt+Shift+KeyX');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
});

test('Ctrl+F opens find, Ctrl+H find and replace, Ctrl+K the link popover', async ({ app }) => {
  const { page } = app;
  await typeAndPress(page, 'رابط الموقع', 'Control+KeyF');
  await expect(page.getByTestId('find-bar')).toBeVisible();
  await expect(page.getByTestId('find-replacement')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await editor(page).focus();
  await page.keyboard.press('Control+KeyH');
  await expect(page.getByTestId('find-replacement')).toBeVisible();
  await page.keyboard.press('Escape');
  await editor(page).focus();
  await page.keyboard.press('Shift+Home');
  await settle(page);
  await page.keyboard.press('Control+KeyK');
  await expect(page.getByTestId('link-popover')).toBeVisible();
});

test('Ctrl+O shows the library', async ({ app }) => {
  const { page } = app;
  await page.keyboard.press('Control+KeyO');
  await expect(page.getByTestId('library')).toBeVisible();
});

test('Ctrl+/ lists every shortcut with the keys of this platform and mode, and Escape closes it', async ({
  app,
}) => {
  const { page } = app;
  await typeAndPress(page, 'نص', 'Control+Slash');
  const sheet = page.getByTestId('shortcuts-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('heading', { name: 'اختصارات لوحة المفاتيح' })).toBeVisible();
  const keys = (command: string) => sheet.locator(`[data-command="${command}"] kbd`);
  await expect(keys('file.save')).toHaveText('Ctrl+S');
  await expect(keys('file.new')).toHaveText('Alt+Shift+N');
  await expect(keys('format.heading2')).toHaveText('Ctrl+Alt+2');
  await expect(keys('format.bulletedList')).toHaveText('Ctrl+Shift+8');
  await expect(keys('edit.toggleSuggesting')).toHaveText('Ctrl+Alt+Shift+X');
  await expect(keys('help.shortcuts')).toHaveText('Ctrl+/');
  await expect(sheet).toContainText('Alt+Shift+N');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  // The focus is back in the article.
  await expect(editor(page)).toBeFocused();
});

test('the toolbar’s tooltips name Ctrl on Linux', async ({ app }) => {
  const { page } = app;
  await expect(page.getByTestId('toolbar-bold')).toHaveAttribute('title', 'غامق (Ctrl+B)');
  await expect(page.getByTestId('toolbar-h2')).toHaveAttribute('title', /\(Ctrl\+Alt\+2\)$/u);
  await expect(page.getByTestId('toolbar-number')).toHaveAttribute('title', /\(Ctrl\+Shift\+7\)$/u);
  await expect(page.getByTestId('toolbar-find')).toHaveAttribute('title', 'بحث واستبدال (Ctrl+H)');
  await expect(page.getByTestId('toolbar-suggesting')).toHaveAttribute(
    'title',
    /\(Ctrl\+Alt\+Shift\+X\)$/u,
  );
  await expect(page.locator('[title*="⌘"]')).toHaveCount(0);
});
