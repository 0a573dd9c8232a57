// Browser mode's menu button: the desktop menu's commands from the same table, as an
// accessible menu a keyboard user can work (arrow keys, Home, End, Enter, Escape).
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { editor, typeParagraphs } from './editor-typing.ts';
import { expectFocusBackOn, walkFocus } from './focus-walk.ts';

/** Opens the menu with a click on its button: the menu. */
async function openMenu(page: Page): Promise<Locator> {
  await page.getByTestId('command-menu-button').click();
  return page.getByRole('menu');
}

/** Opens the menu and clicks the command `name` in it. */
async function chooseFromMenu(page: Page, name: string): Promise<void> {
  await openMenu(page);
  await page.getByRole('menuitem', { name }).click();
}

test('the menu button opens a menu of the commands that the arrow keys walk and Escape closes', async ({
  app,
}) => {
  const { page } = app;
  const button = page.getByTestId('command-menu-button');
  await expect(button).toHaveAttribute('aria-haspopup', 'menu');
  await expect(button).toHaveAttribute('aria-expanded', 'false');

  await button.focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const items = menu.getByRole('menuitem');
  await expect(items.first()).toBeFocused();
  await expect(items.first()).toContainText('مسودة جديدة');
  await expect(items.first()).toContainText('Alt+Shift+N');

  await walkFocus(page, [
    ['ArrowDown', items.nth(1)],
    ['End', items.last()],
    ['ArrowDown', items.first()],
    ['ArrowUp', items.last()],
    ['Home', items.first()],
  ]);

  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expectFocusBackOn(button, 'aria-expanded');
});

test('the menu holds File, Edit, View and Help, without what only the desktop app can do', async ({
  app,
}) => {
  const { page } = app;
  const menu = await openMenu(page);
  for (const group of ['ملف', 'تحرير', 'عرض', 'مساعدة'])
    await expect(menu.getByRole('group', { name: group }).first()).toBeVisible();
  for (const name of [
    'فتح المكتبة',
    'حفظ الآن',
    'تصدير: مستند وورد (.docx)',
    'نشر…',
    'تراجع',
    'بحث…',
    'بحث واستبدال…',
    'وضع الاقتراح',
    'لوحة السجل',
    'اختصارات لوحة المفاتيح',
  ])
    await expect(menu.getByRole('menuitem', { name })).toHaveCount(1);
  await expect(menu.getByRole('menuitem', { name: 'لصق' })).toHaveCount(0);
  await expect(menu.getByRole('menuitem', { name: 'فتح مجلد السجلات' })).toHaveCount(0);
});

test('Edit ▸ Find and Replace from the menu opens the replace bar over the article', async ({
  app,
}) => {
  const { page } = app;
  await typeParagraphs(page, ['قال أحمد']);
  await chooseFromMenu(page, 'بحث واستبدال…');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(page.getByTestId('find-replacement')).toBeVisible();
});

test('the menu runs a panel, the shortcuts sheet and the library, chosen with the keyboard', async ({
  app,
}) => {
  const { page } = app;
  await typeParagraphs(page, ['نص']);

  await openMenu(page);
  await page.getByRole('menuitem', { name: 'لوحة السجل' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('history-toggle')).toHaveAttribute('aria-pressed', 'true');

  await chooseFromMenu(page, 'اختصارات لوحة المفاتيح');
  await expect(page.getByTestId('shortcuts-sheet')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('shortcuts-sheet')).toBeHidden();

  await chooseFromMenu(page, 'فتح المكتبة');
  await expect(page.getByTestId('library')).toBeVisible();
  await expect(editor(page)).toBeHidden();
});

test('the menu speaks English when the interface does', async ({ app }) => {
  const { page } = app;
  await page.getByTestId('language-switch').click();
  await openMenu(page);
  await expect(page.getByRole('menuitem', { name: 'Save Now' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Edit' }).first()).toBeVisible();
});

test('File ▸ Export ▸ Word downloads the article, and File ▸ Import goes to the library and asks for the file', async ({
  app,
}) => {
  const { page } = app;
  await typeParagraphs(page, ['تقرير للتصدير']);

  const download = page.waitForEvent('download');
  await chooseFromMenu(page, 'تصدير: مستند وورد (.docx)');
  expect((await download).suggestedFilename()).toMatch(/\.docx$/u);

  const chooser = page.waitForEvent('filechooser');
  await chooseFromMenu(page, 'استيراد مستند وورد (.docx)…');
  await expect(page.getByTestId('library')).toBeVisible();
  expect((await chooser).element()).toBeTruthy();
});
