// Publishing a story with open suggestions, to a real WordPress 6.1: the panel asks first,
// and what the site gets is the text as it was before the suggestions, with no mark in it.
import type { PublishJob } from '../../electron/contract/index.ts';
import { expect, test, type App } from './fixtures.ts';
import { addSiteInUi, restAs, useWordPressForFile } from './wordpress-for-file.ts';

const site = useWordPressForFile('publishing with open suggestions');

async function postContent(postId: number): Promise<string> {
  return (
    await restAs<{ content: { raw: string } }>(
      site(),
      'editor',
      `wp/v2/posts/${postId}?context=edit`,
    )
  ).content.raw;
}

async function donePostId(app: App): Promise<number> {
  const [job] = await app.call<PublishJob[]>('publish.jobs');
  if (job?.state.state !== 'done') throw new Error(`the job is ${job?.state.state ?? 'missing'}`);
  return job.state.postId;
}

test('publishing with open suggestions asks first, and the site gets the text without them', async ({
  app,
}) => {
  const { page } = app;
  await addSiteInUi(page, site(), 'editor');
  await page.getByTestId('nav-article').click();
  await page.getByTestId('meta-headline').fill('خبر قيد المراجعة');
  const editor = page.getByTestId('editor');
  await editor.click();
  await page.keyboard.type('كتب الصحفي الخبر');
  await page.getByTestId('toolbar-suggesting').click();
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Home');
  await page.keyboard.type('أمس ');
  await expect(editor.locator('ins')).toHaveText('أمس ');
  await expect(editor.locator('del')).toHaveText('ر');

  await page.getByTestId('publish-toggle').click();
  const panel = page.getByTestId('publish-panel');
  await panel.getByTestId('publish-action-publish').click();
  const warning = panel.getByTestId('publish-open-suggestions');
  await expect(warning).toContainText('(2)');
  // Nothing went out yet: the question comes first.
  await expect(panel.getByTestId('publish-job')).toHaveCount(0);
  await warning.getByTestId('publish-despite-suggestions').click();
  await expect(panel.getByTestId('publish-job')).toHaveAttribute('data-state', 'done', {
    timeout: 30_000,
  });

  const content = await postContent(await donePostId(app));
  expect(content).toBe('<!-- wp:paragraph -->\n<p>كتب الصحفي الخبر</p>\n<!-- /wp:paragraph -->');
  // The draft itself keeps the suggestions, for the writer to accept or reject later.
  await expect(editor.locator('ins, del')).toHaveCount(2);
  expect(app.consoleErrors).toEqual([]);
});
