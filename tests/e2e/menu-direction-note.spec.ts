// The desktop app's native menus keep the direction they started in (electron/main/
// menu-locale.ts); the language switch says when the language now chosen will turn them at
// the next start, in that language, and stops saying so once switched back. Browser mode,
// with no native menus, says nothing. The host is browser mode's, answering app.getInfo as
// the desktop app does.
import { actAsDesktop } from './desktop-info.ts';
import { expect, test } from './fixtures.ts';

test('menus started in Arabic: switched to English, the note says they turn left to right at the next start', async ({
  app,
}) => {
  const { page } = app;
  await actAsDesktop(page, { menusLanguage: 'ar' });
  const note = page.getByTestId('menu-direction-note');
  await expect(page.getByTestId('language-switch')).toBeVisible();
  await expect(note).toHaveCount(0);

  await page.getByTestId('language-switch').click();
  await expect(note).toHaveAttribute('data-direction', 'ltr');
  await expect(note).toHaveText('Menus left-to-right at next start');

  await page.getByTestId('language-switch').click();
  await expect(note).toHaveCount(0);
});

test('menus started in English: switched to Arabic, the note says in Arabic they turn right to left', async ({
  app,
}) => {
  const { page } = app;
  await app.call('settings.set', { language: 'en' });
  await actAsDesktop(page, { menusLanguage: 'en' });
  const note = page.getByTestId('menu-direction-note');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(note).toHaveCount(0);

  await page.getByTestId('language-switch').click();
  await expect(note).toHaveAttribute('data-direction', 'rtl');
  await expect(note).toHaveText('القوائم من اليمين إلى اليسار في التشغيل القادم');
});

test('browser mode has no native menus, and the switch says nothing of them', async ({ app }) => {
  const { page } = app;
  await page.getByTestId('language-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('menu-direction-note')).toHaveCount(0);
});
