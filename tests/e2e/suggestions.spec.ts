// Suggesting mode in a real Chromium against browser mode: typing and deleting in an Arabic
// paragraph become coloured marks and entries in the suggestions panel; accepting one and
// rejecting another gives the text the reviewer and the writer agreed on.
import { expect, test } from './fixtures.ts';
import { editor, settle } from './editor-typing.ts';

test('a reviewer suggests an insertion and a deletion, and the writer accepts one and rejects the other', async ({
  app,
}) => {
  const { page } = app;
  await editor(page).click();
  await page.keyboard.type('كتب الصحفي الخبر');
  await settle(page);

  await page.getByTestId('toolbar-suggesting').click();
  await expect(page.getByTestId('toolbar-suggesting')).toHaveAttribute('aria-pressed', 'true');

  // Delete the last word: it stays, struck through.
  await page.keyboard.press('End');
  for (let i = 0; i < 'الخبر'.length; i++) await page.keyboard.press('Backspace');
  // Insert a word at the start: underlined.
  await page.keyboard.press('Home');
  await settle(page);
  await page.keyboard.type('أمس ');
  await settle(page);

  const inserted = editor(page).locator('ins');
  const deleted = editor(page).locator('del');
  await expect(inserted).toHaveText('أمس ');
  await expect(deleted).toHaveText('الخبر');
  await expect(editor(page)).toHaveText('أمس كتب الصحفي الخبر');
  expect(
    await inserted.evaluate((element) => getComputedStyle(element).textDecorationLine),
  ).toContain('underline');
  expect(await inserted.evaluate((element) => getComputedStyle(element).color)).toBe(
    'rgb(30, 107, 52)',
  );
  expect(
    await deleted.evaluate((element) => getComputedStyle(element).textDecorationLine),
  ).toContain('line-through');

  await page.getByTestId('suggestions-toggle').click();
  const entries = page.getByTestId('suggestion-entry');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toHaveAttribute('data-kind', 'insert');
  await expect(entries.nth(0).getByTestId('suggestion-excerpt')).toHaveText('أمس');
  await expect(entries.nth(1)).toHaveAttribute('data-kind', 'delete');
  await expect(entries.nth(1).getByTestId('suggestion-excerpt')).toHaveText('الخبر');
  await expect(entries.nth(0)).toContainText('مراجع');

  await entries.nth(0).getByTestId('suggestion-accept-one').click();
  await expect(entries).toHaveCount(1);
  await entries.nth(0).getByTestId('suggestion-reject-one').click();
  await expect(page.getByTestId('suggestions-none')).toBeVisible();

  await expect(editor(page).locator('ins, del')).toHaveCount(0);
  await expect(editor(page)).toHaveText('أمس كتب الصحفي الخبر');
  expect(app.consoleErrors).toEqual([]);
});

test('with suggesting mode off, typing and deleting edit the text as usual', async ({ app }) => {
  const { page } = app;
  await editor(page).click();
  await page.keyboard.type('كتب الصحفي');
  await page.keyboard.press('Backspace');
  await settle(page);
  await expect(editor(page)).toHaveText('كتب الصحف');
  await expect(editor(page).locator('ins, del')).toHaveCount(0);
});

test('bold in suggesting mode is a formatting suggestion, and rejecting it takes the bold away', async ({
  app,
}) => {
  const { page } = app;
  await editor(page).click();
  await page.keyboard.type('عاجل الآن');
  await page.getByTestId('toolbar-suggesting').click();
  // Select "عاجل", as a drag over the word would.
  await editor(page).evaluate((root) => {
    const text = root.querySelector('span')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 'عاجل'.length);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  });
  await settle(page);
  await page.getByTestId('toolbar-bold').click();
  await expect(editor(page).locator('.ed-suggest-format .ed-bold')).toHaveText('عاجل');

  await page.getByTestId('suggestions-toggle').click();
  const entry = page.getByTestId('suggestion-entry');
  await expect(entry).toHaveAttribute('data-kind', 'format');
  await entry.getByTestId('suggestion-reject-one').click();
  await expect(editor(page).locator('.ed-bold, .ed-suggest-format')).toHaveCount(0);
  await expect(editor(page)).toHaveText('عاجل الآن');
});
