// Browser mode's menu button: the desktop menu's commands from the same table, as an
// accessible menu a keyboard user can work (arrow keys, Home, End, Enter, Escape).
import { expect, test } from './fixtures.ts';
import { editor, typeParagraphs } from './editor-typing.ts';

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

  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(items.first()).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
});

test('the menu holds File, Edit, View and Help, without what only the desktop app can do', async ({
  app,
}) => {
  const { page } = app;
  await page.getByTestId('command-menu-button').click();
  const menu = page.getByRole('menu');
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
  await page.getByTestId('command-menu-button').click();
  await page.getByRole('menuitem', { name: 'بحث واستبدال…' }).click();
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(page.getByTestId('find-replacement')).toBeVisible();
});

test('the menu runs a panel, the shortcuts sheet and the library, chosen with the keyboard', async ({
  app,
}) => {
  const { page } = app;
  await typeParagraphs(page, ['نص']);
  const button = page.getByTestId('command-menu-button');

  await button.click();
  await page.getByRole('menuitem', { name: 'لوحة السجل' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('history-toggle')).toHaveAttribute('aria-pressed', 'true');

  await button.click();
  await page.getByRole('menuitem', { name: 'اختصارات لوحة المفاتيح' }).click();
  await expect(page.getByTestId('shortcuts-sheet')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('shortcuts-sheet')).toBeHidden();

  await button.click();
  await page.getByRole('menuitem', { name: 'فتح المكتبة' }).click();
  await expect(page.getByTestId('library')).toBeVisible();
  await expect(editor(page)).toBeHidden();
});

test('the menu speaks English when the interface does', async ({ app }) => {
  const { page } = app;
  await page.getByTestId('language-switch').click();
  await page.getByTestId('command-menu-button').click();
  await expect(page.getByRole('menuitem', { name: 'Save Now' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Edit' }).first()).toBeVisible();
});

test('File ▸ Export ▸ Word downloads the article, and File ▸ Import goes to the library and asks for the file', async ({
  app,
}) => {
  const { page } = app;
  await typeParagraphs(page, ['تقرير للتصدير']);
  const button = page.getByTestId('command-menu-button');

  await button.click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'تصدير: مستند وورد (.docx)' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.docx$/u);

  await button.click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: 'استيراد مستند وورد (.docx)…' }).click();
  await expect(page.getByTestId('library')).toBeVisible();
  expect((await chooser).element()).toBeTruthy();
});
