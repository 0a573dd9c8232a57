// A reporter (a WordPress contributor, without upload_files) files a story with pictures
// through the outbox against a real WordPress 6.1: with midad-bridge the pictures go,
// attached to his post, exactly once whatever connection is cut; without it the text
// goes, the panel warned first and the finished job names the pictures that stayed here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleMeta } from '../../common/document/article-content.ts';
import type { DraftContent } from '../../electron/contract/index.ts';
import { openFromDesk } from '../../electron/services/publish/desk/desk-open.ts';
import { mediaToken } from '../../electron/services/publish/outbox/post-plan.ts';
import { article, paragraph } from '../fixtures/wordpress/lexical-article.ts';
import { startCutProxy, type CutProxy, type ProxiedRequest } from '../support/publish/cut-proxy.ts';
import { noisePng } from '../support/publish/png.ts';
import {
  deskWorld,
  imageNode,
  publishFixture,
  siteReader,
  waitForJob,
  type PublishFixture,
} from '../support/publish/publish-fixture.ts';
import type { RunningWordPress } from '../support/wordpress/start-wordpress.ts';
import { unavailable, useWordPress } from './wordpress-site.ts';

const meta = (headline: string) => articleMeta({ headline });

function body(images: ReturnType<typeof imageNode>[]): DraftContent['body'] {
  const state = article(
    paragraph('افتُتح الجسر الجديد صباح اليوم.'),
    paragraph('وحضر الافتتاح مئات من سكان المدينة.'),
  );
  (state.root.children as unknown[]).splice(1, 0, ...images);
  return state as unknown as DraftContent['body'];
}

let seed = 500;

/** A story with two pictures (and a third file of the draft that is no longer in the text). */
async function storyWithPictures(fx: PublishFixture, headline: string) {
  const draft = await fx.library.create({ meta: meta(headline), body: body([]) });
  const pictures = [
    await fx.media.add(draft.id, noisePng(32, 24, (seed += 1)), 'الجسر من النهر.png', 'image/png'),
    await fx.media.add(draft.id, noisePng(24, 32, (seed += 1)), 'الحضور.png', 'image/png'),
  ];
  const deleted = await fx.media.add(
    draft.id,
    noisePng(20, 20, (seed += 1)),
    'صورة حُذفت.png',
    'image/png',
  );
  await fx.library.save(draft.id, {
    meta: meta(headline),
    body: body(pictures.map((hash, i) => imageNode(hash, `بديل ${i}`, `تعليق ${i}`))),
  });
  return { draftId: draft.id, pictures, deleted };
}

interface SitePost {
  id: number;
  status: string;
  author: number;
  featured_media: number;
  content: { raw: string };
}

async function onSite(wordpress: RunningWordPress, postId: number) {
  const reader = siteReader(wordpress);
  const post = (await reader.post(postId)) as unknown as SitePost;
  const attached = (
    await reader.get('wp/v2/media', { parent: String(postId), per_page: '100', context: 'edit' })
  ).body as { id: number; post: number; description: { raw: string } }[];
  return { post, attached };
}

const attachmentsOf = async (wordpress: RunningWordPress, hash: string) =>
  (
    (await siteReader(wordpress).get('wp/v2/media', { search: mediaToken(hash), per_page: '100' }))
      .body as unknown[]
  ).length;

describe.skipIf(unavailable)('a reporter files pictures on a site with midad-bridge', () => {
  const { site } = useWordPress({ permalinks: 'pretty', locale: 'ar', midadBridge: true });
  let proxy: CutProxy;

  beforeAll(async () => {
    if (!unavailable) proxy = await startCutProxy(Number(new URL(site().url).port));
  });
  afterAll(async () => {
    await proxy?.close();
  });

  it('sends the story to the desk with both pictures attached to his post and the featured image', async () => {
    const fx = await publishFixture(site(), 'contributor');
    expect(fx.site.capabilities).not.toContain('upload_files');
    expect(fx.site.reviewBridge?.contributorUploads?.maxBytes).toBeGreaterThan(0);
    const { draftId, pictures } = await storyWithPictures(fx, 'جسر جديد بالصور');
    const outbox = fx.outbox();
    const preparation = await outbox.prepare(draftId, fx.site.id);
    expect(preparation.notes).not.toContain('pictures_stay_here');
    expect(preparation.media.map((image) => image.staysHere)).toEqual([undefined, undefined]);

    const job = await outbox.enqueue(draftId, fx.site.id, {
      action: 'pending',
      featuredImageHash: pictures[1],
    });
    const done = await waitForJob(outbox, job.id, ['done', 'failed']);
    await outbox.stop();
    expect(done.state).toMatchObject({ state: 'done', status: 'pending' });
    expect(done.state).not.toHaveProperty('picturesLeftHere');

    const { post, attached } = await onSite(site(), (done.state as { postId: number }).postId);
    expect(post).toMatchObject({ status: 'pending', author: site().users.contributor.id });
    expect(attached).toHaveLength(2);
    for (const attachment of attached)
      expect(post.content.raw).toContain(`wp-image-${attachment.id}`);
    const featured = attached.find((attachment) =>
      attachment.description.raw.includes(mediaToken(pictures[1]!)),
    );
    expect(post.featured_media).toBe(featured?.id);
    expect(post.content.raw).not.toContain('midad-media');
  });

  const cutPoints: [string, (request: ProxiedRequest) => boolean][] = [
    [
      'the post is created (with its marker)',
      (request) => request.method === 'POST' && /\/wp-json\/wp\/v2\/posts(\?|$)/.test(request.path),
    ],
    [
      'the first picture is uploaded',
      (request) => request.method === 'POST' && /\/wp-json\/wp\/v2\/media(\?|$)/.test(request.path),
    ],
    [
      'the post is finished',
      (request) =>
        request.method === 'POST' && /\/wp-json\/wp\/v2\/posts\/\d+(\?|$)/.test(request.path),
    ],
  ];
  for (const [when, match] of cutPoints) {
    it(`makes one post and one attachment per picture when the connection is cut just after ${when}`, async () => {
      const fx = await publishFixture(site(), 'contributor');
      const headline = `جسر وقطع اتصال ${seed}`;
      const { draftId, pictures } = await storyWithPictures(fx, headline);
      const outbox = fx.outbox({ restRoot: `${proxy.url}/wp-json/` });
      const cutsBefore = proxy.log.filter((request) => request.cut).length;
      proxy.cutNext(match);
      const job = await outbox.enqueue(draftId, fx.site.id, {
        action: 'pending',
        featuredImageHash: pictures[0],
      });
      const done = await waitForJob(outbox, job.id, ['done', 'failed']);
      await outbox.stop();
      expect(done.state).toMatchObject({ state: 'done', status: 'pending' });
      expect(proxy.log.filter((request) => request.cut).length).toBe(cutsBefore + 1);

      const posts = (await siteReader(site()).posts(headline)).filter(
        (post) => post.title.raw === headline,
      );
      expect(posts).toHaveLength(1);
      expect([
        await attachmentsOf(site(), pictures[0]!),
        await attachmentsOf(site(), pictures[1]!),
      ]).toEqual([1, 1]);
      const { post, attached } = await onSite(site(), posts[0]!.id);
      expect(attached).toHaveLength(2);
      expect(attached.map((attachment) => attachment.id)).toContain(post.featured_media);
    });
  }

  it("lets the desk, which has not the reporter's files, publish the story with his pictures and no new upload", async () => {
    const reporter = await publishFixture(site(), 'contributor');
    const { draftId, pictures } = await storyWithPictures(reporter, 'جسر جديد ينشره المكتب');
    const sending = reporter.outbox();
    const sent = await waitForJob(
      sending,
      (
        await sending.enqueue(draftId, reporter.site.id, {
          action: 'pending',
          featuredImageHash: pictures[0],
        })
      ).id,
      ['done', 'failed'],
    );
    await sending.stop();
    const postId = (sent.state as { postId: number }).postId;

    const desk = await publishFixture(site(), 'editor');
    const opened = await openFromDesk(deskWorld(desk), desk.site.id, postId);
    expect(await desk.media.list(opened.id)).toEqual([]);
    const publishing = desk.outbox();
    const job = await publishing.enqueue(opened.id, desk.site.id, {
      action: 'publish',
      featuredImageHash: pictures[0],
    });
    const done = await waitForJob(publishing, job.id, ['done', 'failed', 'conflict']);
    await publishing.stop();
    expect(done.state).toMatchObject({ state: 'done', status: 'publish' });

    const { post, attached } = await onSite(site(), postId);
    expect(attached).toHaveLength(2);
    for (const attachment of attached)
      expect(post.content.raw).toContain(`wp-image-${attachment.id}`);
    expect(post.featured_media).toBe(
      attached.find((attachment) => attachment.description.raw.includes(mediaToken(pictures[0]!)))
        ?.id,
    );
    expect([
      await attachmentsOf(site(), pictures[0]!),
      await attachmentsOf(site(), pictures[1]!),
    ]).toEqual([1, 1]);
  });

  it('uses the plugin activated after the site was added, without checking the site again', async () => {
    const plugin = 'wp/v2/plugins/midad-bridge/midad-bridge';
    const setPlugin = async (status: string) => {
      const { login, appPassword } = site().users.admin;
      const response = await fetch(`${site().restRoot}${plugin}`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${login}:${appPassword}`).toString('base64')}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ status }),
      });
      expect(response.status).toBe(200);
    };
    await setPlugin('inactive');
    let fx: PublishFixture;
    try {
      fx = await publishFixture(site(), 'contributor');
    } finally {
      await setPlugin('active');
    }
    expect(fx.site.reviewBridge).toBeNull();
    const { draftId } = await storyWithPictures(fx, 'جسر والإضافة فُعّلت لاحقًا');
    const outbox = fx.outbox();
    expect((await outbox.prepare(draftId, fx.site.id)).notes).not.toContain('pictures_stay_here');
    const done = await waitForJob(
      outbox,
      (await outbox.enqueue(draftId, fx.site.id, { action: 'pending' })).id,
      ['done', 'failed'],
    );
    await outbox.stop();
    expect(done.state).toMatchObject({ state: 'done' });
    expect(done.state).not.toHaveProperty('picturesLeftHere');
    expect((await onSite(site(), (done.state as { postId: number }).postId)).attached).toHaveLength(
      2,
    );
  });

  it('never sends a featured image that was deleted from the text', async () => {
    const fx = await publishFixture(site(), 'contributor');
    const { draftId, deleted } = await storyWithPictures(fx, 'صورة بارزة حُذفت');
    const outbox = fx.outbox();
    const job = await outbox.enqueue(draftId, fx.site.id, {
      action: 'pending',
      featuredImageHash: deleted,
    });
    const done = await waitForJob(outbox, job.id, ['done', 'failed']);
    await outbox.stop();
    expect(done.state).toMatchObject({ state: 'done' });
    const { post, attached } = await onSite(site(), (done.state as { postId: number }).postId);
    expect(post.featured_media).toBe(0);
    expect(attached).toHaveLength(2);
    expect(await attachmentsOf(site(), deleted)).toBe(0);
  });

  it('keeps a picture larger than the site lets a reporter upload on this machine, and sends the rest', async () => {
    const fx = await publishFixture(site(), 'contributor');
    const maxBytes = fx.site.reviewBridge!.contributorUploads!.maxBytes;
    const draft = await fx.library.create({ meta: meta('صورة أكبر من المسموح'), body: body([]) });
    const small = await fx.media.add(
      draft.id,
      noisePng(16, 16, (seed += 1)),
      'صغيرة.png',
      'image/png',
    );
    const side = Math.ceil(Math.sqrt(maxBytes / 3)) + 8;
    const large = await fx.media.add(
      draft.id,
      noisePng(side, side, (seed += 1)),
      'كبيرة جدًا.png',
      'image/png',
    );
    await fx.library.save(draft.id, {
      meta: meta('صورة أكبر من المسموح'),
      body: body([imageNode(small, 'أ', ''), imageNode(large, 'ب', '')]),
    });
    const outbox = fx.outbox();
    const preparation = await outbox.prepare(draft.id, fx.site.id);
    expect(preparation.notes).toContain('pictures_stay_here');
    expect(preparation.media.map((image) => [image.fileName, image.staysHere])).toEqual([
      ['صغيرة.png', undefined],
      ['كبيرة جدًا.png', 'too_large'],
    ]);
    const done = await waitForJob(
      outbox,
      (await outbox.enqueue(draft.id, fx.site.id, { action: 'pending', featuredImageHash: large }))
        .id,
      ['done', 'failed'],
    );
    await outbox.stop();
    expect(done.state).toMatchObject({
      state: 'done',
      picturesLeftHere: [{ hash: large, fileName: 'كبيرة جدًا.png', reason: 'too_large' }],
    });
    const { post, attached } = await onSite(site(), (done.state as { postId: number }).postId);
    expect(attached).toHaveLength(1);
    expect(post.featured_media).toBe(0);
  });
});

describe.skipIf(unavailable)('a reporter files pictures on a site without midad-bridge', () => {
  const { site } = useWordPress({ permalinks: 'pretty', locale: 'ar' });

  it('is warned before sending, sends the text without them, and the finished job names the pictures that stayed', async () => {
    const fx = await publishFixture(site(), 'contributor');
    const { draftId, pictures } = await storyWithPictures(fx, 'جسر بلا صور على الموقع');
    const mediaBefore = await siteReader(site()).mediaCount();
    const outbox = fx.outbox();
    const preparation = await outbox.prepare(draftId, fx.site.id);
    expect(preparation.notes).toContain('pictures_stay_here');
    expect(preparation.media.map((image) => [image.fileName, image.staysHere])).toEqual([
      ['الجسر من النهر.png', 'uploads_not_allowed'],
      ['الحضور.png', 'uploads_not_allowed'],
    ]);

    const job = await outbox.enqueue(draftId, fx.site.id, {
      action: 'pending',
      featuredImageHash: pictures[0],
    });
    const done = await waitForJob(outbox, job.id, ['done', 'failed']);
    await outbox.stop();
    expect(done.state).toMatchObject({
      state: 'done',
      status: 'pending',
      picturesLeftHere: [
        { hash: pictures[0], fileName: 'الجسر من النهر.png', reason: 'uploads_not_allowed' },
        { hash: pictures[1], fileName: 'الحضور.png', reason: 'uploads_not_allowed' },
      ],
    });
    const { post } = await onSite(site(), (done.state as { postId: number }).postId);
    expect(post.content.raw).toContain('افتُتح الجسر الجديد صباح اليوم.');
    expect(post.content.raw).toContain('وحضر الافتتاح مئات من سكان المدينة.');
    expect(post.content.raw).not.toContain('wp:image');
    expect(post.featured_media).toBe(0);
    expect(await siteReader(site()).mediaCount()).toBe(mediaBefore);
  });
});
