// A reporter (a WordPress contributor) sends a story with pictures from the UI to a real
// WordPress 6.1: without midad-bridge the publish panel names the pictures that will stay
// on this machine before sending, and the finished job names them again; with it, the
// pictures and the featured image go with the story.
import type { Page } from '@playwright/test';
import { articleBody, articleMeta } from '../../common/document/article-content.ts';
import type { PublishJob } from '../../electron/contract/index.ts';
import { noisePng } from '../support/publish/png.ts';
import { imageNode, publishFixture, runOutboxJob } from '../support/publish/publish-fixture.ts';
import { expect, test, type App } from './fixtures.ts';
import {
  addSiteInUi,
  openFromDeskQueue,
  restAs,
  useWordPressForFile,
} from './wordpress-for-file.ts';

const site = useWordPressForFile("a reporter's pictures end-to-end tests", {
  permalinks: 'pretty',
  locale: 'ar',
  midadBridge: true,
});

const PICTURES = [
  { name: 'الجسر من النهر.png', mimeType: 'image/png', buffer: noisePng(24, 16, 11) },
  { name: 'الحضور.png', mimeType: 'image/png', buffer: noisePng(16, 24, 12) },
];

async function setPlugin(status: 'active' | 'inactive'): Promise<void> {
  await restAs(site(), 'admin', 'wp/v2/plugins/midad-bridge/midad-bridge', {
    method: 'POST',
    body: { status },
  });
}

async function writeStoryWithPictures(page: Page, headline: string): Promise<void> {
  await page.getByTestId('nav-article').click();
  await page.getByTestId('meta-headline').fill(headline);
  await page.getByTestId('editor').click();
  await page.keyboard.type('افتُتح الجسر الجديد صباح اليوم.');
  await page.getByTestId('image-file-input').setInputFiles(PICTURES);
  await expect(page.getByTestId('article-image-picture')).toHaveCount(2);
}

async function finishedJob(app: App): Promise<Extract<PublishJob['state'], { state: 'done' }>> {
  const [job] = await app.call<PublishJob[]>('publish.jobs');
  if (job?.state.state !== 'done') throw new Error(`the job is ${job?.state.state ?? 'missing'}`);
  return job.state;
}

type PostAnswer = { status: string; featured_media: number; content: { raw: string } };

test('without midad-bridge the reporter is told which pictures stay here, before sending and after', async ({
  app,
}) => {
  const { page } = app;
  await setPlugin('inactive');
  try {
    await addSiteInUi(page, site(), 'contributor');
    await writeStoryWithPictures(page, 'جسر جديد والصور باقية هنا');
    await page.getByTestId('publish-toggle').click();
    const panel = page.getByTestId('publish-panel');

    await expect(panel.getByTestId('publish-note-pictures_stay_here')).toBeVisible();
    const staying = panel.getByTestId('publish-picture-stays');
    await expect(staying).toHaveCount(2);
    await expect(staying.nth(0)).toContainText('الجسر من النهر.png');
    await expect(staying.nth(1)).toContainText('الحضور.png');
    await expect(staying.nth(0)).toHaveAttribute('data-reason', 'uploads_not_allowed');
    // Nothing to feature: no picture goes.
    await expect(panel.getByTestId('publish-featured')).toHaveCount(0);

    await panel.getByTestId('publish-action-pending').click();
    await expect(panel.getByTestId('publish-job')).toHaveAttribute('data-state', 'done', {
      timeout: 30_000,
    });
    const left = panel.getByTestId('job-pictures-left');
    await expect(left).toContainText('الجسر من النهر.png');
    await expect(left).toContainText('الحضور.png');

    const post = await restAs<PostAnswer>(
      site(),
      'editor',
      `wp/v2/posts/${(await finishedJob(app)).postId}?context=edit`,
    );
    expect(post.status).toBe('pending');
    expect(post.content.raw).toContain('افتُتح الجسر الجديد صباح اليوم.');
    expect(post.content.raw).not.toContain('wp:image');
    expect(app.consoleErrors).toEqual([]);
  } finally {
    await setPlugin('active');
  }
});

test('with midad-bridge the pictures and the chosen featured image go to the desk with the story', async ({
  app,
}) => {
  const { page } = app;
  await addSiteInUi(page, site(), 'contributor');
  await writeStoryWithPictures(page, 'جسر جديد بالصور إلى المكتب');
  await page.getByTestId('publish-toggle').click();
  const panel = page.getByTestId('publish-panel');

  await expect(panel.getByTestId('publish-action-pending')).toBeVisible();
  await expect(panel.getByTestId('publish-note-pictures_stay_here')).toHaveCount(0);
  const featured = panel.getByTestId('publish-featured');
  await expect(featured.locator('option')).toHaveCount(3);
  await featured.selectOption({ index: 2 });
  await panel.getByTestId('publish-action-pending').click();
  await expect(panel.getByTestId('publish-job')).toHaveAttribute('data-state', 'done', {
    timeout: 30_000,
  });
  await expect(panel.getByTestId('job-pictures-left')).toHaveCount(0);

  const { postId } = await finishedJob(app);
  const post = await restAs<PostAnswer>(site(), 'editor', `wp/v2/posts/${postId}?context=edit`);
  const attached = await restAs<{ id: number }[]>(
    site(),
    'editor',
    `wp/v2/media?parent=${postId}&per_page=100&orderby=id&order=asc`,
  );
  expect(post.status).toBe('pending');
  expect(attached).toHaveLength(2);
  for (const attachment of attached)
    expect(post.content.raw).toContain(`wp-image-${attachment.id}`);
  expect(attached.map((attachment) => attachment.id)).toContain(post.featured_media);
  expect(app.consoleErrors).toEqual([]);
});

test("the copy editor's desk shows the reporter's pictures, brought from the site with the story", async ({
  app,
}) => {
  const { page } = app;
  // The reporter files the story from his own machine (another data folder).
  const reporter = await publishFixture(site(), 'contributor');
  const headline = 'جسر جديد وصوره على شاشة المكتب';
  const meta = articleMeta({ headline });
  const draft = await reporter.library.create({ meta, body: articleBody([]) });
  const nodes = [];
  for (const picture of PICTURES)
    nodes.push({
      ...imageNode(
        await reporter.media.add(draft.id, picture.buffer, picture.name, picture.mimeType),
        '',
        '',
      ),
      fileName: picture.name,
    });
  const lead = {
    type: 'paragraph',
    version: 1,
    direction: 'rtl',
    format: '',
    indent: 0,
    children: [
      {
        type: 'text',
        version: 1,
        text: 'افتُتح الجسر الجديد صباح اليوم.',
        format: 0,
        detail: 0,
        mode: 'normal',
        style: '',
      },
    ],
  };
  await reporter.library.save(draft.id, { meta, body: articleBody([lead, ...nodes]) });
  await runOutboxJob(reporter, draft.id, 'pending');

  await addSiteInUi(page, site(), 'editor');
  await openFromDeskQueue(page, headline);
  const pictures = page.getByTestId('article-image-picture');
  await expect(pictures).toHaveCount(2);
  // Each picture is really shown: its file is in the desk's draft, not only its place in the text.
  for (const index of [0, 1]) {
    await expect
      .poll(() =>
        pictures
          .nth(index)
          .evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth),
      )
      .toBeGreaterThan(0);
  }
  await expect(page.getByTestId('pictures-not-brought')).toHaveCount(0);
  expect(app.consoleErrors).toEqual([]);
});

test('a story written in wp-admin shows its picture on the desk, in the block kept as the site holds it', async ({
  app,
}) => {
  const { page } = app;
  const { login, appPassword } = site().users.admin;
  const upload = await fetch(`${site().restRoot}wp/v2/media`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${login}:${appPassword}`).toString('base64')}`,
      'content-type': 'image/png',
      'content-disposition': 'attachment; filename="admin-bridge.png"',
    },
    body: new Uint8Array(noisePng(40, 30, 21)),
  });
  const media = (await upload.json()) as { id: number; source_url: string };
  const headline = 'مادة من لوحة ووردبريس بصورتها';
  const content = [
    '<!-- wp:paragraph -->\n<p>كتبها المحرر في لوحة ووردبريس.</p>\n<!-- /wp:paragraph -->',
    `<!-- wp:image {"id":${media.id},"sizeSlug":"full","linkDestination":"none"} -->\n<figure class="wp-block-image size-full"><img src="${media.source_url}" alt="" class="wp-image-${media.id}"/></figure>\n<!-- /wp:image -->`,
  ].join('\n\n');
  await restAs(site(), 'admin', 'wp/v2/posts', {
    method: 'POST',
    body: { title: headline, content, status: 'pending', author: site().users.contributor.id },
  });

  await addSiteInUi(page, site(), 'editor');
  await openFromDeskQueue(page, headline);
  const picture = page
    .getByTestId('editor')
    .locator('[data-block-name="core/image"]')
    .getByTestId('protected-block-picture');
  await expect(picture).toHaveCount(1);
  await expect
    .poll(() => picture.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
    .toBe(40);
  expect(app.consoleErrors).toEqual([]);
});
