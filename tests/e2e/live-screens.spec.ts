// Every screen tells the truth without a reload or a change of view, against a real
// WordPress 6.1: an open publish panel shows a site added in another tab and the category
// its job created, the job turns done in the panel and the library says the story is
// published; the desk chief's board says "sent back" once the job is done and drops the
// story, a send-back stopped by a genuine edit on the site shows on the story's card, and a
// failed send leaves the panel once a later send of the story is done.
import type { Page } from '@playwright/test';
import type { Draft } from '../../electron/contract/index.ts';
import { paragraph } from '../fixtures/wordpress/editor-blocks.ts';
import { expect, openDraftId, test, type App } from './fixtures.ts';
import { addSiteInUi, restAs, useWordPressForFile } from './wordpress-for-file.ts';

const site = useWordPressForFile('live screens end-to-end tests');
const rest = <T = Record<string, unknown>>(
  route: string,
  init?: { method?: string; body?: unknown },
) => restAs<T>(site(), 'admin', route, init);

/** A second tab on the same host, as a user opens one: same token, same data folder. */
async function secondTab(app: App): Promise<Page> {
  const page = await app.page.context().newPage();
  await page.goto(app.host.openUrl);
  await expect(page.getByTestId('editor')).toHaveAttribute('data-ready', 'true');
  return page;
}

/** A pending story of the site's contributor, written in WordPress, waiting for the desk. */
async function pendingStory(title: string): Promise<number> {
  const created = await rest('wp/v2/posts', {
    method: 'POST',
    body: { title, content: paragraph, status: 'pending', author: site().users.contributor.id },
  });
  return created.id as number;
}

/** Opens the story from the board into this machine (a linked draft), then comes back to the board; the draft's id. */
async function openFromBoardAndReturn(page: Page, title: string): Promise<string> {
  await page.getByTestId('nav-desk').click();
  const card = page.getByTestId('desk-board').getByTestId('desk-story').filter({ hasText: title });
  await expect(card).toBeVisible({ timeout: 15_000 });
  await card.getByTestId('desk-story-open').click();
  await expect(page.getByTestId('meta-headline')).toHaveValue(title);
  const draftId = await openDraftId(page);
  await page.getByTestId('nav-desk').click();
  await expect(
    page
      .getByTestId('desk-board')
      .getByTestId('desk-story')
      .filter({ hasText: title })
      .getByTestId('desk-story-send-back'),
  ).toBeVisible({
    timeout: 15_000,
  });
  return draftId;
}

test('an open publish panel shows a site added in another tab, its job turning done, and the category the job created', async ({
  app,
}) => {
  const { page } = app;
  await page.getByTestId('meta-headline').fill('الدوري الإلكتروني ينطلق الأسبوع المقبل');
  await page.getByTestId('meta-section').fill('رياضات إلكترونية');
  await page.getByTestId('editor').click();
  await page.keyboard.type('تنطلق البطولة بمشاركة ستة عشر فريقًا.');
  await page.getByTestId('publish-toggle').click();
  const panel = page.getByTestId('publish-panel');
  await expect(panel).toContainText('لم تُضف أي موقع بعد');

  // Another tab adds the site and shows the library; the panel here is left open as it is.
  const other = await secondTab(app);
  await addSiteInUi(other, site(), 'editor');
  await other.getByTestId('nav-library').click();
  const row = other
    .getByTestId('draft-row')
    .filter({ hasText: 'الدوري الإلكتروني ينطلق الأسبوع المقبل' });
  await expect(row.getByTestId('draft-sync')).toHaveText('على هذا الجهاز فقط');

  await expect(panel).not.toContainText('لم تُضف أي موقع بعد');
  await expect(panel.getByTestId('publish-site')).toBeVisible();
  await expect(panel.getByTestId('publish-note-section_will_be_created')).toHaveText(
    'لا تصنيف يطابق قسم المسودة: سيُنشأ عند النشر.',
  );

  await panel.getByTestId('publish-action-publish').click();
  const job = panel.getByTestId('publish-job');
  await expect(job.getByTestId('job-state')).toHaveText('تمّ', { timeout: 30_000 });
  await expect(panel.getByTestId('publish-remote')).toContainText('منشورة');
  // The job created the category: the panel offers it and no longer says it will be created.
  await expect(panel.getByTestId('publish-note-section_will_be_created')).toHaveCount(0);
  await expect(
    panel.getByTestId('publish-category').locator('option', { hasText: 'رياضات إلكترونية' }),
  ).toHaveCount(1);
  // The other tab's library, never reloaded, says where the story stands now.
  await expect(row.getByTestId('draft-sync')).toHaveText('منشورة على الموقع');
  await other.close();
  expect(app.consoleErrors).toEqual([]);
});

test('the desk chief’s board says a story was sent back once its job is done, and drops it', async ({
  app,
}) => {
  const { page } = app;
  const title = 'مادة تعود إلى مراسلها من اللوحة';
  const postId = await pendingStory(title);
  await addSiteInUi(page, site(), 'admin');
  await openFromBoardAndReturn(page, title);

  const board = page.getByTestId('desk-board');
  await board
    .getByTestId('desk-story')
    .filter({ hasText: title })
    .getByTestId('desk-story-send-back')
    .click();
  await expect(board.getByTestId('desk-board-message')).toContainText('أُعيدت المادة إلى المراسل', {
    timeout: 30_000,
  });
  await expect(board.getByTestId('desk-story').filter({ hasText: title })).toHaveCount(0);
  expect((await rest<{ status: string }>(`wp/v2/posts/${postId}?context=edit`)).status).toBe(
    'draft',
  );
  expect(app.consoleErrors).toEqual([]);
});

test('a send-back stopped because the story changed on the site shows on the board’s card, with what to do', async ({
  app,
}) => {
  const { page } = app;
  const title = 'مادة عدّلها أحدهم في الموقع';
  const postId = await pendingStory(title);
  await addSiteInUi(page, site(), 'admin');
  const draftId = await openFromBoardAndReturn(page, title);
  const siteId = Object.keys((await app.call<Draft>('drafts.open', draftId)).remote ?? {})[0]!;

  // Someone edits the post in WordPress meanwhile: until the site's time says so (it keeps whole seconds).
  await expect
    .poll(async () => {
      await rest(`wp/v2/posts/${postId}`, {
        method: 'POST',
        body: {
          content: `${paragraph}\n\n<!-- wp:paragraph -->\n<p>فقرة أضافها أحدهم في الموقع.</p>\n<!-- /wp:paragraph -->`,
        },
      });
      const seen = (await app.call<Draft>('drafts.open', draftId)).remote?.[siteId];
      const now = await rest<{ modified_gmt: string }>(`wp/v2/posts/${postId}?context=edit`);
      return now.modified_gmt !== seen?.modifiedGmt;
    })
    .toBe(true);

  const board = page.getByTestId('desk-board');
  const card = board.getByTestId('desk-story').filter({ hasText: title });
  await card.getByTestId('desk-story-send-back').click();
  await expect(card.getByTestId('desk-story-conflict')).toHaveText(
    /تغيّرت المادة على الموقع.*افتح المادة/,
    { timeout: 30_000 },
  );
  await expect(board.getByTestId('desk-board-message')).not.toContainText(
    'أُعيدت المادة إلى المراسل',
  );
  expect((await rest<{ status: string }>(`wp/v2/posts/${postId}?context=edit`)).status).toBe(
    'pending',
  );
  expect(app.consoleErrors).toEqual([]);
});

test('a failed send leaves the open panel, Retry and all, once a later send of the story is done', async ({
  app,
}) => {
  // Two jobs through a real WordPress on a busy machine: a send may wait for its site once.
  test.setTimeout(120_000);
  const { page } = app;
  await addSiteInUi(page, site(), 'contributor');
  await page.getByTestId('nav-article').click();
  await page.getByTestId('meta-headline').fill('خبر أرسله المراسل مرتين');
  await page.getByTestId('editor').click();
  await page.keyboard.type('نص الخبر.');
  await page.getByTestId('publish-toggle').click();
  const panel = page.getByTestId('publish-panel');
  await expect(panel.getByTestId('publish-action-pending')).toBeVisible({ timeout: 15_000 });

  // A contributor's publish, asked through the host as a script could: the site refuses it.
  const [siteId] = (await app.call<{ id: string }[]>('sites.list')).map((each) => each.id);
  await app.call('publish.enqueue', await openDraftId(page), siteId, { action: 'publish' });
  const failed = panel.getByTestId('publish-job').filter({ has: page.getByTestId('job-retry') });
  await expect(failed.getByTestId('job-state')).toHaveText('تعذّر', { timeout: 30_000 });

  await panel.getByTestId('publish-action-pending').click();
  // The send to the desk is done: the refused publish it made good goes, and its Retry with it.
  const done = panel
    .getByTestId('publish-job')
    .filter({ has: page.getByTestId('job-state').getByText('تمّ', { exact: true }) });
  await expect(done).toHaveCount(1, { timeout: 60_000 });
  await expect(panel.getByTestId('publish-job')).toHaveCount(1);
  await expect(panel.getByTestId('job-retry')).toHaveCount(0);
});
