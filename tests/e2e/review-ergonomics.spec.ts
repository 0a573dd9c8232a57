// The reviewer's everyday moves in a real Chromium: Comment takes the caret to the comment
// box (or to the name it asks for first, without a site), so what is typed next never
// replaces the selected words; a
// replacement typed in suggesting mode is undone and redone whole.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const editor = (page: Page) => page.getByTestId('editor');

/** Types a line and selects it, as Shift+Home does; the editor learns of it a moment later. */
async function typeAndSelect(page: Page, text: string): Promise<void> {
  await editor(page).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Shift+Home');
  await expect(page.getByTestId('selection-counts')).toHaveAttribute(
    'data-words',
    String(text.split(' ').length),
  );
}

test('Comment puts the caret in the comment box: the words typed next are the comment, the article keeps its words', async ({
  app,
}) => {
  const { page } = app;
  await app.call('settings.set', { newsroom: { reviewerName: 'ليلى' } });
  await page.reload();
  await expect(editor(page)).toHaveAttribute('data-ready', 'true');
  await typeAndSelect(page, 'الوزير');
  await page.getByTestId('toolbar-comment').click();
  await expect(page.getByTestId('comment-compose-text')).toBeVisible();
  await page.keyboard.type('من هو؟');
  await expect(page.getByTestId('comment-compose-text')).toHaveValue('من هو؟');
  await expect(editor(page)).toHaveText('الوزير');
  await page.getByTestId('comment-compose-send').click();
  await expect(page.getByTestId('comment-thread')).toHaveCount(1);

  // Another comment with the panel already open: the caret goes to the box again.
  await editor(page).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await expect(page.getByTestId('selection-counts')).toHaveAttribute('data-words', '1');
  await page.keyboard.press('Control+Alt+KeyM');
  await page.keyboard.type('تحقق');
  await expect(page.getByTestId('comment-compose-text')).toHaveValue('تحقق');
  await expect(editor(page)).toHaveText('الوزير');
});

test('without a site or a name, Comment takes the caret to the name it asks for, never to the article', async ({
  app,
}) => {
  const { page } = app;
  await typeAndSelect(page, 'الوزير');
  await page.getByTestId('toolbar-comment').click();
  await expect(page.getByTestId('reviewer-name')).toBeVisible();
  await page.keyboard.type('ليلى');
  await expect(page.getByTestId('reviewer-name')).toHaveValue('ليلى');
  await expect(editor(page)).toHaveText('الوزير');
  await page.getByTestId('reviewer-name-save').click();
  await expect(page.getByTestId('comment-compose-text')).toBeVisible();
  await page.keyboard.type('من؟');
  await expect(page.getByTestId('comment-compose-text')).toHaveValue('من؟');
  await expect(editor(page)).toHaveText('الوزير');
});

test('in suggesting mode, a replacement typed over selected words is one undo step: one Ctrl+Z brings the words back whole', async ({
  app,
}) => {
  const { page } = app;
  await typeAndSelect(page, 'الوزير');
  await page.getByTestId('toolbar-suggesting').click();
  await expect(page.getByTestId('toolbar-suggesting')).toHaveAttribute('aria-pressed', 'true');
  // Typed as a person types, a little at a time: undo merges by time, so pauses must not split it.
  for (const word of ['رئيس', ' ', 'الوزراء']) {
    await page.keyboard.type(word, { delay: 60 });
  }
  await expect(editor(page).locator('del')).toHaveText('الوزير');
  await expect(editor(page).locator('ins')).toHaveText('رئيس الوزراء');

  await page.keyboard.press('Control+KeyZ');
  await expect(editor(page).locator('ins, del')).toHaveCount(0);
  await expect(editor(page)).toHaveText('الوزير');

  // And one redo puts the whole replacement back.
  await page.keyboard.press('Control+KeyY');
  await expect(editor(page).locator('del')).toHaveText('الوزير');
  await expect(editor(page).locator('ins')).toHaveText('رئيس الوزراء');
});
