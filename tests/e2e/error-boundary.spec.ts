// A panel that fails while drawing does not blank the app: it says so in the page's language,
// the article and the other panels keep working, and Reload brings the panel back.
import { expect, test } from './fixtures.ts';

test('a history panel fed malformed data shows a message and Reload, while the article and the other panels still work', async ({
  app,
}) => {
  const { page } = app;
  // The host answers the revisions list with something that is not a list, as a broken host might.
  await page.route('**/api/drafts.listRevisions', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ok: true, value: 'not a list' }),
    }),
  );
  await page.getByTestId('editor').click();
  await page.keyboard.type('خبر عاجل');
  await page.getByTestId('history-toggle').click();

  const failure = page.getByTestId('panel-failure');
  await expect(failure).toHaveAttribute('data-part', 'history');
  await expect(failure).toContainText('تعذّر عرض هذا الجزء بسبب خطأ');
  await expect(failure.getByTestId('panel-failure-reload')).toHaveText('أعد التحميل');

  // The rest of the app is there and answers.
  await page.getByTestId('editor').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' الآن');
  await expect(page.getByTestId('editor')).toHaveText('خبر عاجل الآن');
  await page.getByTestId('comments-toggle').click();
  await expect(page.getByTestId('comments-panel')).toBeVisible();
  await expect(failure).toHaveCount(0);

  // Back to the history once the host answers properly: Reload mounts the panel afresh.
  await page.getByTestId('history-toggle').click();
  await expect(failure).toBeVisible();
  await page.unroute('**/api/drafts.listRevisions');
  await failure.getByTestId('panel-failure-reload').click();
  await expect(page.getByTestId('revisions')).toBeVisible();
  await expect(failure).toHaveCount(0);
});

test('in English the failed panel says so in English', async ({ app }) => {
  const { page } = app;
  await app.call('settings.set', { language: 'en' });
  await page.reload();
  await expect(page.getByTestId('editor')).toHaveAttribute('data-ready', 'true');
  await page.route('**/api/drafts.listRevisions', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ok: true, value: 'not a list' }),
    }),
  );
  await page.getByTestId('history-toggle').click();
  const failure = page.getByTestId('panel-failure');
  await expect(failure).toContainText('This part could not be shown because of an error');
  await expect(failure.getByTestId('panel-failure-reload')).toHaveText('Reload');
});
