// Settings → Spelling says who underlines misspellings on this machine and never promises a
// checker that is not there: Midad's own in browser mode and in the desktop app on Linux
// (whose answer the host gives here as the desktop app does), the system's on macOS, nobody
// when switched off. The screen and its strings are the real ones.
import type { Locator, Page } from '@playwright/test';
import { actAsDesktop } from './desktop-info.ts';
import { expect, test } from './fixtures.ts';

// The app's default: Midad's own spellchecker on.
test.use({ spelling: true });

/** Opens Settings: the note that says who underlines misspellings here. */
async function spellingNote(page: Page): Promise<Locator> {
  await page.getByTestId('nav-settings').click();
  return page.getByTestId('spelling-note');
}

test("in browser mode Midad's own spellchecker underlines, and the word list is accepted by it", async ({
  app,
}) => {
  const { page } = app;
  const note = await spellingNote(page);
  await expect(note).toHaveAttribute('data-checker', 'browser');
  await expect(note).toHaveAttribute('data-plan', 'own');
  await expect(note).toContainText('يضع مدقّق مداد نفسه');
  await expect(note).toContainText('لا تُكتب القائمة أبدًا في قاموس النظام');
  await expect(page.getByTestId('setting-spelling')).toBeChecked();
});

test("the desktop app on Linux uses Midad's checker; on macOS the system's, which knows Arabic", async ({
  app,
}) => {
  const { page } = app;
  await app.call('settings.set', { language: 'en' });
  await actAsDesktop(page, { spellChecking: { checker: 'none', languages: [] } });
  const note = await spellingNote(page);
  await expect(note).toHaveAttribute('data-plan', 'own');
  await expect(note).toContainText('Midad’s own spellchecker');

  await actAsDesktop(page, { spellChecking: { checker: 'system', languages: [] } });
  await spellingNote(page);
  await expect(note).toHaveAttribute('data-plan', 'system');
  await expect(note).toContainText('the system’s own spellchecker');
  // The system's checker underlines in the article; Midad's stays out of it.
  await page.getByTestId('nav-article').click();
  await expect(page.getByTestId('editor')).toHaveAttribute('spellcheck', 'true');
});

test('switched off, Settings say so and nothing underlines', async ({ app }) => {
  const { page } = app;
  const note = await spellingNote(page);
  await page.getByTestId('setting-spelling').uncheck();
  await expect(note).toHaveAttribute('data-plan', 'off');
  await expect(note).toContainText('التدقيق الإملائي متوقف');
  const saved = await app.call<{ editor: { spelling: boolean } }>('settings.get');
  expect(saved.editor.spelling).toBe(false);
});
