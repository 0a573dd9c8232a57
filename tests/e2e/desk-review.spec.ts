// The desk reviewing a reporter's story against a real WordPress 6.1: opened from the queue
// it is in suggesting mode and signed with the desk account's WordPress name (no name form
// first); the stage menu offers the desk's stages and never "published"; the desk's own new
// story is edited as usual; and the newsroom can turn the default off in Settings.
import type { Page } from '@playwright/test';
import { paragraph } from '../fixtures/wordpress/editor-blocks.ts';
import { expect, test } from './fixtures.ts';
import {
  addSiteInUi,
  openFromDeskQueue,
  restAs,
  useWordPressForFile,
} from './wordpress-for-file.ts';

const site = useWordPressForFile('desk review end-to-end tests');

/** A contributor's story waiting for the desk, written in WordPress. */
async function pendingStory(title: string): Promise<void> {
  await restAs(site(), 'admin', 'wp/v2/posts', {
    method: 'POST',
    body: { title, content: paragraph, status: 'pending', author: site().users.contributor.id },
  });
}

/** The stages the article's stage menu lets this user choose. */
async function choosableStages(page: Page): Promise<string[]> {
  return page
    .getByTestId('workflow-status')
    .locator('option:not([disabled])')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
}

test("the desk opens a reporter's story in suggesting mode, signed with its WordPress name; its own new story is edited as usual", async ({
  app,
}) => {
  const { page } = app;
  await pendingStory('الميزانية أمام المكتب');
  await addSiteInUi(page, site(), 'editor');
  await openFromDeskQueue(page, 'الميزانية أمام المكتب');

  await expect(page.getByTestId('toolbar-suggesting')).toHaveAttribute('aria-pressed', 'true');
  const editor = page.getByTestId('editor');
  await editor.getByText('قال الوزير إن').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' رسميًا');
  await expect(editor.locator('ins')).toHaveText(' رسميًا');

  await page.getByTestId('suggestions-toggle').click();
  await expect(page.getByTestId('suggestion-entry')).toContainText('محرر');
  await page.getByTestId('comments-toggle').click();
  await expect(page.getByTestId('comments-panel')).toBeVisible();
  await expect(page.getByTestId('reviewer-name-form')).toHaveCount(0);

  // An editor is a desk chief: the desk's stages, and never one only the site sets.
  expect(await choosableStages(page)).toEqual(['draft', 'sent_to_desk', 'copy_edited', 'approved']);

  // The desk chief's own new story: normal editing.
  await page.getByTestId('nav-library').click();
  await page.getByTestId('new-draft').click();
  await expect(page.getByTestId('toolbar-suggesting')).toHaveAttribute('aria-pressed', 'false');
  await editor.click();
  await page.keyboard.type('خبري');
  await expect(editor.locator('ins')).toHaveCount(0);
  expect(app.consoleErrors).toEqual([]);
});

test("with the setting turned off, the desk edits a reporter's story directly", async ({ app }) => {
  const { page } = app;
  await pendingStory('قصة بلا اقتراحات');
  await addSiteInUi(page, site(), 'editor');
  await page.getByTestId('nav-settings').click();
  const setting = page.getByTestId('setting-suggest-on-others-stories');
  await expect(setting).toBeChecked();
  await setting.uncheck();
  await expect
    .poll(
      async () =>
        (await app.call<{ newsroom: { suggestOnOthersStories: boolean } }>('settings.get')).newsroom
          .suggestOnOthersStories,
    )
    .toBe(false);

  await openFromDeskQueue(page, 'قصة بلا اقتراحات');
  await expect(page.getByTestId('toolbar-suggesting')).toHaveAttribute('aria-pressed', 'false');
});
