// Publishing from the UI to a real WordPress 6.1: add the site (the UI shows who you are
// and what you may do), write an Arabic article, publish it from the panel, watch the job
// and open its link; a contributor is offered only "send to desk" and the post waits there.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { PublishJob } from '../../electron/contract/index.ts';
import type { Role } from '../support/wordpress/start-wordpress.ts';
import { expect, test, type App } from './fixtures.ts';
import { recordStates, statesSeen } from './states-seen.ts';
import { addSiteInUi, restAs, useWordPressForFile } from './wordpress-for-file.ts';

const site = useWordPressForFile('publishing end-to-end tests');

async function addSite(page: Page, role: Role): Promise<void> {
  await addSiteInUi(page, site(), role);
  await expect(page.getByTestId('secret-storage')).toHaveAttribute('data-kind', 'file');
  // The password is never shown again, not even in the form.
  await expect(page.getByTestId('site-password')).toHaveValue('');
}

async function writeArticle(page: Page, headline: string): Promise<void> {
  await page.getByTestId('nav-article').click();
  await page.getByTestId('meta-headline').fill(headline);
  const editor = page.getByTestId('editor');
  await editor.click();
  await page.keyboard.type('فقرة أولى من المقال عن الاقتصاد.');
  await page.keyboard.press('Enter');
  await page.getByTestId('toolbar-h2').click();
  await page.keyboard.type('عنوان فرعي');
  await page.keyboard.press('Enter');
  await page.keyboard.type('فقرة ثانية بعد العنوان الفرعي.');
  await expect(editor.locator('h2')).toHaveText('عنوان فرعي');
}

/** Every state the queue's first job shows from now on, as the user would see them go by. */
const recordJobStates = (page: Page) =>
  recordStates(page, 'jobStates', () => {
    const row = document.querySelector('[data-testid="publish-job"]');
    return row
      ? `${row.getAttribute('data-state')}:${row.querySelectorAll('progress').length}`
      : null;
  });

/** The data folder's files (relative) whose bytes contain `secret`. */
async function filesHolding(dataDir: string, secret: string): Promise<string[]> {
  const entries = await readdir(dataDir, { recursive: true, withFileTypes: true });
  const holding: string[] = [];
  for (const entry of entries.filter((file) => file.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    if ((await readFile(file)).includes(secret)) holding.push(path.relative(dataDir, file));
  }
  return holding;
}

type PostAnswer = {
  status: string;
  title: { raw: string };
  categories: number[];
  content: { raw: string };
};
const readPost = (postId: number) =>
  restAs<PostAnswer>(site(), 'editor', `wp/v2/posts/${postId}?context=edit`);

async function writeAsDesk(postId: number, fields: Record<string, string>): Promise<void> {
  await restAs(site(), 'editor', `wp/v2/posts/${postId}`, { method: 'POST', body: fields });
}

const editPostAsDesk = (postId: number, title: string) => writeAsDesk(postId, { title });
const setPostStatusAsDesk = (postId: number, status: string) => writeAsDesk(postId, { status });

async function finishedJob(app: App): Promise<Extract<PublishJob['state'], { state: 'done' }>> {
  const [job] = await app.call<PublishJob[]>('publish.jobs');
  if (job?.state.state !== 'done') throw new Error(`the job is ${job?.state.state ?? 'missing'}`);
  return job.state;
}

test('an editor adds the site, publishes an Arabic article from the panel and follows its link', async ({
  app,
}) => {
  const { page } = app;
  await addSite(page, 'editor');
  const card = page.getByTestId('site');
  await expect(card.getByTestId('site-roles')).toHaveText('محرّر');
  await expect(card.locator('[data-right="publish"]')).toHaveAttribute('data-granted', 'true');
  await expect(card.locator('[data-right="manageCategories"]')).toHaveAttribute(
    'data-granted',
    'true',
  );
  // This site has no midad-bridge plugin: the card says where the review stays, and how to install it.
  const bridgeNote = card.getByTestId('site-review-bridge');
  await expect(bridgeNote).toHaveAttribute('data-review-bridge', 'absent');
  await expect(bridgeNote).toContainText('تبقى ملاحظات المراجعة على هذا الجهاز');
  await expect(bridgeNote).toContainText('wp-content/plugins');

  const headline = 'الحكومة تعلن خطة اقتصادية جديدة';
  await writeArticle(page, headline);
  await page.getByTestId('publish-toggle').click();
  const panel = page.getByTestId('publish-panel');
  await expect(panel.getByTestId('publish-form')).toBeVisible();
  await expect(panel.getByTestId('publish-review-bridge')).toContainText(
    'تبقى ملاحظات المراجعة على هذا الجهاز',
  );
  const economy = site().categories.find((category) => category.name === 'اقتصاد');
  if (!economy) throw new Error('the test site has no اقتصاد category');
  await panel.getByTestId('publish-category').selectOption(String(economy.id));
  await expect(panel.getByTestId('publish-action-publish')).toBeVisible();
  await expect(panel.getByTestId('publish-action-schedule')).toBeVisible();
  await expect(panel.getByTestId('publish-site-time')).toContainText('بتوقيت الموقع');
  // The datetime field is the browser's own; beside it the time is written out in Arabic words.
  await expect(panel.getByTestId('publish-written-time')).toHaveText(
    /^بتوقيتك: (الأحد|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)، \d+ \S+ \d{4}/u,
  );
  await recordJobStates(page);
  await panel.getByTestId('publish-action-publish').click();

  const job = panel.getByTestId('publish-job');
  await expect(job).toHaveCount(1);
  await expect(job).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  const link = job.getByTestId('job-link');
  await expect(link).toHaveAttribute('data-preview', 'false');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /noopener/);
  const href = await link.getAttribute('href');
  if (!href) throw new Error('the link has no address');
  expect((await fetch(href)).status).toBe(200);

  // The job showed up at once with its progress bar, before it was done.
  const states = await statesSeen(page, 'jobStates');
  expect(states[0]).toMatch(/^(queued|running):[1-9]/);
  expect(states.at(-1)).toBe('done:0');
  // Once published, the panel reads the post's state again and offers to update it.
  await expect(panel.getByTestId('publish-remote')).toBeVisible();
  await expect(panel.getByTestId('publish-action-update')).toBeEnabled();
  const done = await finishedJob(app);
  expect(href).toBe(done.link);
  const post = await readPost(done.postId);
  expect(post.status).toBe('publish');
  expect(post.title.raw).toBe(headline);
  expect(post.categories).toEqual([economy.id]);
  expect(post.content.raw).toContain('<!-- wp:heading -->');
  expect(await filesHolding(app.dataDir, site().users.editor.appPassword)).toEqual([
    'secrets/secrets.json',
  ]);
  expect(app.consoleErrors).toEqual([]);
});

test('a contributor is offered only "send to desk", and the post waits on the site as pending', async ({
  app,
}) => {
  const { page } = app;
  await addSite(page, 'contributor');
  const card = page.getByTestId('site');
  await expect(card.getByTestId('site-roles')).toHaveText('مساهم');
  await expect(card.locator('[data-right="publish"]')).toHaveAttribute('data-granted', 'false');

  const headline = 'تقرير من المراسل إلى الديسك';
  await writeArticle(page, headline);
  await page.getByTestId('publish-toggle').click();
  const panel = page.getByTestId('publish-panel');
  await expect(panel.getByTestId('publish-action-pending')).toBeVisible();
  await expect(panel.getByTestId('publish-action-publish')).toHaveCount(0);
  await expect(panel.getByTestId('publish-action-schedule')).toHaveCount(0);
  await expect(panel.getByTestId('publish-schedule')).toHaveCount(0);
  await panel.getByTestId('publish-action-pending').click();

  await expect(panel.getByTestId('publish-job')).toHaveAttribute('data-state', 'done', {
    timeout: 30_000,
  });
  const { postId } = await finishedJob(app);
  const post = await readPost(postId);
  expect(post.status).toBe('pending');
  expect(post.title.raw).toBe(headline);

  // A pending post has no public page: its link is WordPress's preview, which shows the story to the signed-in reporter.
  const link = panel.getByTestId('publish-job').getByTestId('job-link');
  await expect(link).toHaveAttribute('data-preview', 'true');
  await expect(link).toHaveText('عاينها في الموقع (لمن سجّل الدخول فيه)');
  const href = await link.getAttribute('href');
  expect(new URL(href ?? '').searchParams.get('preview')).toBe('true');
  await expect(panel.getByTestId('publish-remote-link')).toHaveAttribute('href', href ?? '');
  const wordpressTab = await page.context().newPage();
  await wordpressTab.goto(`${site().url}/wp-login.php`);
  await wordpressTab.locator('#user_login').fill(site().users.contributor.login);
  await wordpressTab.locator('#user_pass').fill(site().users.contributor.loginPassword);
  await wordpressTab.locator('#wp-submit').click();
  await wordpressTab.waitForURL(/wp-admin/);
  const preview = await wordpressTab.goto(href ?? '');
  expect(preview?.status()).toBe(200);
  await expect(wordpressTab.locator('body')).toContainText(headline);
  await wordpressTab.close();

  // Handed over: the copy here reads but does not write until it comes back.
  const notice = page.getByTestId('with-desk');
  await expect(notice).toBeVisible();
  await expect(page.getByTestId('article')).toHaveAttribute('data-read-only', 'true');
  await expect(page.getByTestId('editor')).toHaveAttribute('contenteditable', 'false');
  await expect(page.getByTestId('meta-headline')).toHaveAttribute('readonly', '');
  await expect(page.getByTestId('workflow-status')).toBeDisabled();
  await expect(page.getByTestId('workflow-status')).toHaveValue('sent_to_desk');

  // Nobody at the desk has touched it: the reporter takes it back, and it is a draft on the site again.
  await notice.getByTestId('desk-take-back').click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByTestId('editor')).toHaveAttribute('contenteditable', 'true');
  await expect(page.getByTestId('workflow-status')).toHaveValue('draft');
  expect((await readPost(postId)).status).toBe('draft');

  // Sent again, and this time the desk edits it first: taking back is refused, and says why.
  await page.getByTestId('editor').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' تصحيح قبل الإرسال الثاني.');
  await panel.getByTestId('publish-action-pending').click();
  await expect(notice).toBeVisible({ timeout: 30_000 });
  await editPostAsDesk(postId, 'عنوان عدّله المكتب');
  await notice.getByTestId('desk-take-back').click();
  await expect(notice.getByTestId('with-desk-message')).toContainText('بدأ الديسك العمل');
  await expect(page.getByTestId('editor')).toHaveAttribute('contenteditable', 'false');

  // The desk sends it back to draft: asking for the answer gives the copy back.
  await setPostStatusAsDesk(postId, 'draft');
  await notice.getByTestId('desk-check-answer').click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByTestId('editor')).toHaveAttribute('contenteditable', 'true');
  // The desk changed only the headline in wp-admin; this site has no midad-bridge, and the writer is told so.
  const answer = page.getByTestId('desk-answer');
  await expect(answer.getByTestId('desk-answer-notice')).toContainText('midad-bridge');
  await answer.getByTestId('desk-answer-dismiss').click();
  await expect(answer).toHaveCount(0);

  // Each change of stage is in the history, with the stage and the site account that made it.
  await page.getByTestId('history-toggle').click();
  const sent = page
    .getByTestId('revision')
    .filter({ has: page.getByTestId('revision-status').getByText('أُرسلت إلى الديسك') });
  await expect(sent.first()).toBeVisible();
  await expect(sent.first().getByTestId('revision-by')).toContainText('بيد');
  expect(app.consoleErrors).toEqual([]);
});
