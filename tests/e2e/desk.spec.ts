// The desk's side in the UI against a real WordPress 6.1: a desk chief's Desk view opens on
// the board, with a reporter's pending story written in WordPress's own editor; opening it
// (from the queue) shows the article with its table as a card that cannot be edited, the
// table goes back to the site byte for byte when the desk updates the story, and from the
// board the story is approved and published now. An edit made on the site while the desk
// holds unsent work in the same paragraph is named on opening and stops the desk's update.
import { paragraph, table } from '../fixtures/wordpress/editor-blocks.ts';
import { expect, test } from './fixtures.ts';
import {
  addSiteInUi,
  openFromDeskQueue,
  restAs,
  useWordPressForFile,
} from './wordpress-for-file.ts';

const site = useWordPressForFile('desk end-to-end tests');
const rest = (role: 'admin', route: string, init?: { method?: string; body?: unknown }) =>
  restAs(site(), role, route, init);

test("a desk chief opens a reporter's pending story from the Desk view; its table stays as it is on the site", async ({
  app,
}) => {
  const { page } = app;
  const content = `${paragraph}\n\n${table}`;
  const created = await rest('admin', 'wp/v2/posts', {
    method: 'POST',
    body: {
      title: 'قصة من المراسل إلى المكتب',
      content,
      status: 'pending',
      author: site().users.contributor.id,
    },
  });
  const postId = created.id as number;

  await addSiteInUi(page, site(), 'admin');
  await page.getByTestId('nav-desk').click();
  // A desk chief's desk opens on the board; the story waits in its first column.
  const board = page.getByTestId('desk-board');
  const waiting = board
    .getByTestId('desk-column-with-desk')
    .getByTestId('desk-story')
    .filter({ hasText: 'قصة من المراسل إلى المكتب' });
  await expect(waiting).toBeVisible({ timeout: 15_000 });
  await expect(waiting.getByTestId('desk-story-approve')).toHaveCount(0);
  await page.getByTestId('desk-show-queue').click();
  const item = page.getByTestId('desk-item').filter({ hasText: 'قصة من المراسل إلى المكتب' });
  await expect(item).toBeVisible({ timeout: 15_000 });
  await item.getByRole('button').click();

  await expect(page.getByTestId('meta-headline')).toHaveValue('قصة من المراسل إلى المكتب');
  const editor = page.getByTestId('editor');
  await expect(editor).toContainText('قال الوزير إن');
  const card = editor.locator('[data-block-name="core/table"]');
  await expect(card).toContainText('جدول');
  await expect(card).toContainText('الرياض');

  // The desk edits the lead and updates the story on the site: the table comes back byte for byte.
  // A reporter's story opens in suggesting mode; this edit is the desk's own, made directly.
  await expect(page.getByTestId('toolbar-suggesting')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('toolbar-suggesting').click();
  await expect(page.getByTestId('toolbar-suggesting')).toHaveAttribute('aria-pressed', 'false');
  await editor.getByText('قال الوزير إن').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' وحرّرها المكتب.');
  await page.getByTestId('publish-toggle').click();
  const panel = page.getByTestId('publish-panel');
  await panel.getByTestId('publish-action-update').click();
  await expect(panel.getByTestId('publish-job')).toHaveAttribute('data-state', 'done', {
    timeout: 30_000,
  });
  const after = await rest('admin', `wp/v2/posts/${postId}?context=edit`);
  const raw = (after.content as { raw: string }).raw;
  expect(raw).toContain('وحرّرها المكتب.');
  expect(raw).toContain(table);

  // Back on the board: opened here, the story can be approved, then published now.
  await page.getByTestId('nav-desk').click();
  await page.getByTestId('desk-show-board').click();
  const story = () =>
    board.getByTestId('desk-story').filter({ hasText: 'قصة من المراسل إلى المكتب' });
  await story().getByTestId('desk-story-approve').click();
  await expect(
    board
      .getByTestId('desk-column-approved')
      .getByTestId('desk-story')
      .filter({ hasText: 'قصة من المراسل إلى المكتب' }),
  ).toHaveCount(1);
  const approved = board.getByTestId('desk-column-approved');
  // Publishing asks first: cancelled, nothing happens; confirmed, the story goes out.
  await approved.getByTestId('desk-story-publish').click();
  await expect(approved).toContainText('أتنشر «قصة من المراسل إلى المكتب» على الموقع الآن؟');
  await approved.getByTestId('desk-story-publish-cancel').click();
  expect((await rest('admin', `wp/v2/posts/${postId}?context=edit`)).status).toBe('pending');
  await approved.getByTestId('desk-story-publish').click();
  await approved.getByTestId('desk-story-publish-confirm').click();
  await expect
    .poll(async () => (await rest('admin', `wp/v2/posts/${postId}?context=edit`)).status, {
      timeout: 30_000,
    })
    .toBe('publish');
  await page.getByTestId('desk-show-queue').click();
  await page.getByTestId('desk-show-board').click();
  await expect(
    board
      .getByTestId('desk-column-published-today')
      .getByTestId('desk-story')
      .filter({ hasText: 'قصة من المراسل إلى المكتب' }),
  ).toHaveCount(1);

  // The desk is a desk chief's home: the app opens on it next time.
  await page.reload();
  await expect(page.getByTestId('desk-board')).toBeVisible();
  expect(app.consoleErrors).toEqual([]);
});

test('an edit made on the site to the paragraph the desk is changing is shown on opening, stops the update, and keeping the site’s version puts its text in the editor', async ({
  app,
}) => {
  const { page } = app;
  const block = (text: string) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`;
  const figure = 'بلغت كلفة المشروع 12 مليون دينار.';
  const theirs = 'بلغت كلفة المشروع 13 مليون دينار.';
  const created = await rest('admin', 'wp/v2/posts', {
    method: 'POST',
    body: {
      title: 'كلفة المشروع',
      content: `${block(figure)}\n\n${block('ويبدأ التنفيذ في الربيع.')}`,
      status: 'pending',
      author: site().users.contributor.id,
    },
  });
  const postId = created.id as number;

  await addSiteInUi(page, site(), 'admin');
  const openFromQueue = () => openFromDeskQueue(page, 'كلفة المشروع');
  await openFromQueue();
  const editor = page.getByTestId('editor');
  // The desk's own direct edit, not a suggestion (a reporter's story opens in suggesting mode).
  await page.getByTestId('toolbar-suggesting').click();
  await expect(page.getByTestId('toolbar-suggesting')).toHaveAttribute('aria-pressed', 'false');
  await editor.getByText('بلغت كلفة المشروع').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' تقريبا');

  // Someone changes the same sentence in WordPress while the desk holds its unsent edit.
  await rest('admin', `wp/v2/posts/${postId}`, {
    method: 'POST',
    body: { content: `${block(theirs)}\n\n${block('ويبدأ التنفيذ في الربيع.')}` },
  });
  await openFromQueue();
  await expect(page.getByTestId('desk-opened')).toHaveAttribute('data-outcome', 'conflict');
  await expect(editor).toContainText('تقريبا');

  await page.getByTestId('publish-toggle').click();
  const panel = page.getByTestId('publish-panel');
  await panel.getByTestId('publish-action-update').click();
  const job = panel.getByTestId('publish-job');
  await expect(job).toHaveAttribute('data-state', 'conflict', { timeout: 30_000 });
  await expect(job.getByTestId('conflict-explained')).toHaveAttribute('data-change', 'edited');
  await expect(job.getByTestId('conflict-diff')).toContainText('13');
  await job.getByTestId('conflict-keep-theirs').click();
  await expect(job).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  await expect(editor).toContainText('13 مليون');
  await expect(editor).not.toContainText('تقريبا');
  const raw = (
    (await rest('admin', `wp/v2/posts/${postId}?context=edit`)).content as { raw: string }
  ).raw;
  expect(raw).toContain(theirs);
  expect(raw).not.toContain('تقريبا');
  expect(app.consoleErrors).toEqual([]);
});
