// Settings say who checks spelling on this machine, and never promise a checker that is not
// there: the browser's own in browser mode, none in the desktop app on Linux (whose answer
// the host gives here as the desktop app does; the screen and its strings are the real ones).
import { expect, test } from './fixtures.ts';

test("in browser mode Settings say the browser's own spellchecker underlines, and the word list stays in Midad", async ({
  app,
}) => {
  const { page } = app;
  await page.getByTestId('nav-settings').click();
  const note = page.getByTestId('spelling-note');
  await expect(note).toHaveAttribute('data-checker', 'browser');
  await expect(note).toContainText('مدقّق هذا المتصفح');
  await expect(note).toContainText('لا تُكتب أبدًا في قاموس النظام');
});

test('the desktop app on Linux says plainly that nothing checks spelling in the text', async ({
  app,
}) => {
  const { page } = app;
  await app.call('settings.set', { language: 'en' });
  await page.route('**/api/app.getInfo', async (route) => {
    const answer = (await (await route.fetch()).json()) as {
      ok: true;
      value: Record<string, unknown>;
    };
    answer.value = {
      ...answer.value,
      mode: 'desktop',
      spellChecking: { checker: 'none', languages: [] },
    };
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify(answer) });
  });
  await page.reload();
  await page.getByTestId('nav-settings').click();
  const note = page.getByTestId('spelling-note');
  await expect(note).toHaveAttribute('data-checker', 'none');
  await expect(note).toContainText('No spell check in the text on this system');
});
