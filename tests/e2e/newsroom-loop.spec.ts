// The newsroom loop in the UI against a real WordPress 6.1 with midad-bridge: three people,
// each in their own browser context with their own data folder and browser-mode host — a
// contributor reporter, an editor copy editor, an administrator desk chief. Two rounds
// between reporter and desk, a story with two pictures and a featured image, then the desk
// chief publishes from the board. At every step the screen the user looks at already
// shows what the host knows, without a reload or a change of view.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { noisePng } from '../support/publish/png.ts';
import { startWebHostProcess, type RunningWebHost } from '../support/web-host-process.ts';
import type { Role } from '../support/wordpress/start-wordpress.ts';
import { callHost, collectConsoleErrors, expect, test } from './fixtures.ts';
import {
  addSiteInUi,
  openFromDeskQueue,
  restAs,
  useWordPressForFile,
} from './wordpress-for-file.ts';

const site = useWordPressForFile('the newsroom loop in the UI', {
  permalinks: 'pretty',
  locale: 'ar',
  midadBridge: true,
});

const HEADLINE = 'ميزانية المدينة للعام المقبل';
const LEAD = 'قال رئيس البلدية إن الميزانية تبلغ 12 مليون ريال.';
const SECOND = 'وأضاف أن المشاريع تبدأ في الربيع.';
const THIRD = 'وختم بأن الخطة تشمل الأحياء كلها.';

interface Person {
  role: Role;
  page: Page;
  host: RunningWebHost;
  dataDir: string;
  consoleErrors: string[];
  close(): Promise<void>;
}

async function person(browser: Browser, role: Role): Promise<Person> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `midad-loop-${role}-`));
  const host = await startWebHostProcess(dataDir);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const consoleErrors = collectConsoleErrors(page);
  await page.goto(host.openUrl);
  await expect(page.getByTestId('editor')).toHaveAttribute('data-ready', 'true');
  await addSiteInUi(page, site(), role);
  return {
    role,
    page,
    host,
    dataDir,
    consoleErrors,
    close: async () => {
      await context.close();
      await host.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Selects `text` inside the article, as a user dragging over it would. */
async function selectInArticle(page: Page, text: string): Promise<void> {
  await page.getByTestId('editor').evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      (root as HTMLElement).focus();
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not in the article`);
  }, text);
}

/** The published post as the site holds it, read by the desk chief. */
async function sitePost(postId: number) {
  return restAs<{ content: { raw: string }; status: string; featured_media: number }>(
    site(),
    'admin',
    `wp/v2/posts/${postId}?context=edit`,
  );
}

async function attachmentsOf(postId: number) {
  return restAs<{ id: number; title: { raw: string } }[]>(
    site(),
    'admin',
    `wp/v2/media?parent=${postId}&context=edit`,
  );
}

/** Sends the open story with one of the publish panel's actions and waits for that job to be done. */
async function send(page: Page, action: string): Promise<number> {
  const jobs = () =>
    callHost<{ id: string; state: { state: string; postId?: number } }[]>(
      hostOf(page),
      'publish.jobs',
      [],
    );
  const before = new Set((await jobs()).map((job) => job.id));
  const panel = page.getByTestId('publish-panel');
  if (!(await panel.isVisible())) await page.getByTestId('publish-toggle').click();
  await panel.getByTestId(`publish-action-${action}`).click();
  let jobId = '';
  await expect
    .poll(async () => (jobId = (await jobs()).find((job) => !before.has(job.id))?.id ?? ''))
    .not.toBe('');
  // The panel shows the new job's progress as the host reports it, through to done.
  await expect(
    panel.locator(`[data-testid="publish-job"][data-job-id="${jobId}"]`),
  ).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  const done = (await jobs()).find((job) => job.id === jobId)!;
  await page.getByTestId('publish-toggle').click();
  return done.state.postId!;
}

const hosts = new Map<Page, RunningWebHost>();
const hostOf = (page: Page) => hosts.get(page)!;

test('reporter and desk go two rounds and the desk chief publishes: every correction reaches the site, every screen is current', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const people = [
    await person(browser, 'contributor'),
    await person(browser, 'editor'),
    await person(browser, 'admin'),
  ];
  const [reporter, copyEditor, chief] = people as [Person, Person, Person];
  for (const each of people) hosts.set(each.page, each.host);
  const r = reporter.page;
  const e = copyEditor.page;
  const c = chief.page;
  try {
    // Round 1. The reporter writes the story with two pictures, one of them featured, and sends it to the desk.
    await r.getByTestId('nav-article').click();
    await r.getByTestId('meta-headline').fill(HEADLINE);
    await r.getByTestId('editor').click();
    await r.keyboard.type(LEAD);
    await r.keyboard.press('Enter');
    await r.keyboard.type(SECOND);
    await r.keyboard.press('Enter');
    await r.keyboard.type(THIRD);
    for (const [name, seed] of [
      ['الميناء.png', 1],
      ['البلدية.png', 2],
    ] as const) {
      await r
        .getByTestId('image-file-input')
        .setInputFiles({ name, mimeType: 'image/png', buffer: noisePng(40, 30, seed) });
    }
    await expect(r.getByTestId('article-image-picture')).toHaveCount(2);
    await r.getByTestId('publish-toggle').click();
    await r
      .getByTestId('publish-panel')
      .getByTestId('publish-featured')
      .selectOption({ label: 'البلدية.png' });
    const postId = await send(r, 'pending');
    await expect(r.getByTestId('with-desk')).toBeVisible();
    const sent = await sitePost(postId);
    expect(sent.status).toBe('pending');
    const pictures = await attachmentsOf(postId);
    expect(pictures.map((picture) => picture.title.raw).sort()).toEqual(['البلدية', 'الميناء']);
    expect(pictures.find((picture) => picture.title.raw === 'البلدية')!.id).toBe(
      sent.featured_media,
    );

    // The copy editor opens it from the queue: his review starts in suggesting mode, on the reporter's text and pictures.
    await openFromDeskQueue(e, HEADLINE);
    await expect(e.getByTestId('editor')).toContainText('12 مليون');
    await expect(e.getByTestId('article-image-picture')).toHaveCount(2);
    await expect(e.getByTestId('toolbar-suggesting')).toHaveAttribute('aria-pressed', 'true');
    await selectInArticle(e, 'الربيع');
    await e.keyboard.type('الصيف');
    await expect(e.getByTestId('editor').locator('ins')).toHaveText('الصيف');
    await send(e, 'draft');
    // Sent back: the queue no longer lists it, without a reload.
    await e.getByTestId('nav-desk').click();
    await e.getByTestId('desk-show-queue').click();
    await expect(e.getByTestId('desk-item').filter({ hasText: HEADLINE })).toHaveCount(0);

    // The reporter is told the desk answered, and gets the desk's suggestion with the story.
    await r.getByTestId('desk-check-answer').click();
    await expect(r.getByTestId('desk-answer')).toBeVisible();
    await expect(r.getByTestId('editor').locator('ins')).toHaveText('الصيف');
    await r.getByTestId('publish-toggle').click();
    await expect(r.getByTestId('publish-remote')).toContainText('مسودة');
    await r.getByTestId('publish-toggle').click();
    await r.getByTestId('suggestions-toggle').click();
    await r.getByTestId('suggestion-accept-all').click();
    await expect(r.getByTestId('editor').locator('ins, del')).toHaveCount(0);
    // Round 2. He corrects the figure and sends the story again.
    await selectInArticle(r, '12');
    await r.keyboard.type('11.5');
    await expect(r.getByTestId('editor')).toContainText('11.5 مليون');
    await send(r, 'pending');
    await expect(r.getByTestId('with-desk')).toBeVisible();

    // The copy editor opens his copy again, from his library this time: it starts from the
    // reporter's new version, not from his own first-round copy.
    await e.getByTestId('nav-library').click();
    await e
      .getByTestId('draft-row')
      .filter({ hasText: HEADLINE })
      .getByTestId('draft-open')
      .click();
    await expect(e.getByTestId('meta-headline')).toHaveValue(HEADLINE);
    await expect(e.getByTestId('desk-opened')).toHaveAttribute('data-outcome', 'took_site');
    await expect(e.getByTestId('editor')).toContainText('11.5 مليون');
    await expect(e.getByTestId('editor')).toContainText('في الصيف');
    await expect(e.getByTestId('editor')).not.toContainText('12 مليون');
    await expect(e.getByTestId('editor').locator('ins, del')).toHaveCount(0);
    // A direct correction this time, and the story goes on to the desk chief.
    await e.getByTestId('toolbar-suggesting').click();
    await expect(e.getByTestId('toolbar-suggesting')).toHaveAttribute('aria-pressed', 'false');
    await selectInArticle(e, 'كلها');
    await e.keyboard.type('كلها دون استثناء');
    await send(e, 'update');
    expect((await sitePost(postId)).content.raw).toContain('دون استثناء');

    // The desk chief opens the story from his board, then publishes it from there, after saying yes.
    await c.getByTestId('nav-desk').click();
    const board = c.getByTestId('desk-board');
    const card = () => board.getByTestId('desk-story').filter({ hasText: HEADLINE });
    await expect(card()).toBeVisible({ timeout: 15_000 });
    await card().getByTestId('desk-story-open').click();
    await expect(c.getByTestId('editor')).toContainText('دون استثناء');
    await expect(c.getByTestId('editor')).toContainText('11.5 مليون');
    await c.getByTestId('nav-desk').click();
    await card().getByTestId('desk-story-publish').click();
    await card().getByTestId('desk-story-publish-confirm').click();
    // The board moves the card once the job is done, without a reload or a change of view.
    await expect(
      board
        .getByTestId('desk-column-published-today')
        .getByTestId('desk-story')
        .filter({ hasText: HEADLINE }),
    ).toHaveCount(1, { timeout: 60_000 });
    const published = await sitePost(postId);
    expect(published.status).toBe('publish');
    for (const correction of ['11.5 مليون', 'في الصيف', 'كلها دون استثناء'])
      expect(published.content.raw).toContain(correction);
    expect(published.content.raw).not.toContain('12 مليون');
    expect(published.content.raw.match(/wp-image-\d+/g)).toHaveLength(2);
    expect(published.featured_media).toBe(sent.featured_media);
    expect(await attachmentsOf(postId)).toHaveLength(2);

    // The reporter's screen learns it by itself: published, with the desk's change shown against his copy.
    await expect(r.getByTestId('desk-answer-published')).toHaveAttribute('data-differs', 'true', {
      timeout: 45_000,
    });
    await expect(r.getByTestId('desk-answer-diff')).toContainText('استثناء');
    // His publish panel says what the site holds now, not the "awaiting review" it said when he sent it.
    await r.getByTestId('publish-toggle').click();
    await expect(r.getByTestId('publish-remote')).toContainText('منشورة');
    await r.getByTestId('publish-toggle').click();
    await r.getByTestId('nav-library').click();
    const row = r.getByTestId('draft-row').filter({ hasText: HEADLINE });
    await expect(row.getByTestId('draft-sync')).toHaveText('منشورة على الموقع');

    for (const each of people) expect(each.consoleErrors, each.role).toEqual([]);
  } finally {
    for (const each of people) await each.close();
  }
});
