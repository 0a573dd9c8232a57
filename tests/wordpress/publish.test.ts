// The outbox against a real WordPress 6.1: a full Arabic article published and read back
// (content.raw is the serializer's output, byte for byte), roles, schedule, update without
// re-uploading, take back to draft, a conflicting edit on the site, a post deleted on the
// site, a category created for a new section and kept with the site, a refused send cleared
// by the one that made it good, and every failure leaving the draft untouched — with the
// password nowhere but the secrets file.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleMeta } from '../../common/document/article-content.ts';
import type { DraftContent } from '../../electron/contract/index.ts';
import { toWordPressBlocks } from '../../common/wordpress/block-markup.ts';
import { hashOf } from '../../electron/services/publish/outbox/post-plan.ts';
import {
  bullets,
  heading,
  leftToRight,
  paragraph,
  quote,
  text,
  article,
} from '../fixtures/wordpress/lexical-article.ts';
import { startCutProxy } from '../support/publish/cut-proxy.ts';
import { noisePng } from '../support/publish/png.ts';
import {
  imageNode,
  publishFixture,
  siteReader,
  waitForJob,
  type PublishFixture,
} from '../support/publish/publish-fixture.ts';
import { clientAs, unavailable, useWordPress } from './wordpress-site.ts';

const meta = (headline: string, extra: Partial<DraftContent['meta']> = {}): DraftContent['meta'] =>
  articleMeta({
    headline,
    kicker: 'عاجل',
    section: 'اقتصاد',
    byline: 'مراسل مداد',
    excerpt: 'ملخص الخبر بالعربية مع كلمة English في وسطه.',
    tags: ['انتخابات', 'الخليج'],
    ...extra,
  });

function body(secondParagraph: string, images: ReturnType<typeof imageNode>[] = []) {
  const state = article(
    paragraph('أعلنت شركة ', text('Apple', 'bold'), ' يوم 12 سبتمبر 2026 عن هاتف بسعر 999 دولارًا.'),
    paragraph(secondParagraph),
    heading('h2', 'خلفية الخبر: من CNN إلى BBC'),
    bullets('الرياض', 'القاهرة', 'عمّان'),
    quote('«لن نتراجع عن هذا القرار» قال المتحدث.'),
    leftToRight(paragraph('"We will not step back," the spokesman told Reuters.')),
    paragraph('انتهى.'),
  );
  const children = state.root.children as unknown[];
  images.forEach((image, index) => children.splice(2 + index * 3, 0, image));
  return state as unknown as DraftContent['body'];
}

/** The serializer's output for a body once its images are uploaded, as the outbox sends it. */
function expectedContent(
  draftBody: unknown,
  media: Record<string, { mediaId: number; url: string }>,
): string {
  return toWordPressBlocks(draftBody, {
    resolveImage: (image) => {
      const hash = hashOf(image);
      const uploaded = hash ? media[hash] : undefined;
      return uploaded ? { ...image, src: uploaded.url, id: uploaded.mediaId } : image;
    },
  });
}

async function everyFile(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) found.push(path.join(entry.parentPath, entry.name));
  }
  return found;
}

describe.skipIf(unavailable)('publishing through the outbox to a real WordPress', () => {
  const { site } = useWordPress({ permalinks: 'pretty', locale: 'ar' });

  async function editorWithArticle(
    headline: string,
  ): Promise<{ fx: PublishFixture; draftId: string; hashes: string[] }> {
    const fx = await publishFixture(site(), 'editor');
    const draft = await fx.library.create({ meta: meta(headline), body: body('x') });
    const first = await fx.media.add(
      draft.id,
      noisePng(40, 30, 1),
      'صورة المؤتمر.png',
      'image/png',
    );
    const second = await fx.media.add(
      draft.id,
      noisePng(30, 40, 2),
      'الحشود في الساحة.png',
      'image/png',
    );
    await fx.library.save(draft.id, {
      meta: meta(headline),
      body: body('الفقرة الثانية قبل التعديل، مع رقم ٢٠٢٦ وكلمة Beirut.', [
        imageNode(first, 'صورة المؤتمر الصحفي', 'المتحدث خلال المؤتمر في جنيف'),
        imageNode(second, 'حشود', 'الحشود في الساحة مساء الاثنين'),
      ]),
    });
    return { fx, draftId: draft.id, hashes: [first, second] };
  }

  it('publishes a full Arabic article, reads it back exactly, updates one paragraph without re-uploading, takes it back', async () => {
    const reader = siteReader(site());
    const { fx, draftId, hashes } = await editorWithArticle('مقال كامل عن الانتخابات في الخليج');
    const outbox = fx.outbox();
    const mediaBefore = await reader.mediaCount();
    const job = await outbox.enqueue(draftId, fx.site.id, {
      action: 'publish',
      featuredImageHash: hashes[0],
    });
    const done = await waitForJob(outbox, job.id, ['done', 'failed']);
    expect(done.state).toMatchObject({ state: 'done', status: 'publish' });

    const draft = await fx.library.open(draftId);
    const remote = draft.remote?.[fx.site.id];
    expect(remote).toMatchObject({ status: 'publish', sentUpdatedAt: draft.updatedAt });
    const post = await reader.post(remote!.postId);
    const content = (post.content as { raw: string }).raw;
    // No marker left: the final step sent the serializer's output itself.
    expect(content).toBe(expectedContent(draft.body, remote!.media));
    expect(content).not.toContain('midadMarker');
    for (const hash of hashes)
      expect(content).toContain(`class="wp-image-${remote!.media[hash]!.mediaId}"`);
    expect(content).toContain(
      '<figcaption class="wp-element-caption">الحشود في الساحة مساء الاثنين</figcaption>',
    );
    expect(post).toMatchObject({
      status: 'publish',
      title: { raw: 'مقال كامل عن الانتخابات في الخليج' },
      excerpt: { raw: 'ملخص الخبر بالعربية مع كلمة English في وسطه.' },
      slug: encodeURIComponent('مقال-كامل-عن-الانتخابات-في-الخليج').toLowerCase(),
      featured_media: remote!.media[hashes[0]!]!.mediaId,
    });
    const economy = site().categories.find((category) => category.name === 'اقتصاد')!;
    expect(post.categories).toEqual([economy.id]);
    expect((post.tags as number[]).length).toBe(2);
    expect(await reader.mediaCount()).toBe(mediaBefore + 2);
    for (const hash of hashes) {
      const media = (
        await reader.get(`wp/v2/media/${remote!.media[hash]!.mediaId}`, { context: 'edit' })
      ).body as {
        alt_text: string;
        caption: { raw: string };
        source_url: string;
      };
      expect(media.alt_text).not.toBe('');
      expect(media.caption.raw).toMatch(/[\u0600-\u06ff]/);
      const served = await fetch(media.source_url);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe('image/png');
    }

    // Update one paragraph: only it changes on the site, and no image is uploaded again.
    const current = await fx.library.open(draftId);
    const edited = JSON.parse(
      JSON.stringify(current.body).replace(
        'الفقرة الثانية قبل التعديل',
        'الفقرة الثانية بعد التعديل',
      ),
    );
    await fx.library.save(draftId, { meta: current.meta, body: edited });
    const update = await outbox.enqueue(draftId, fx.site.id, {
      action: 'update',
      featuredImageHash: hashes[0],
    });
    expect((await waitForJob(outbox, update.id, ['done', 'failed'])).state).toMatchObject({
      state: 'done',
      status: 'publish',
    });
    const updated = ((await reader.post(remote!.postId)).content as { raw: string }).raw;
    const changedBlocks = updated
      .split('\n\n')
      .filter((block, index) => block !== content.split('\n\n')[index]);
    expect(changedBlocks).toEqual([expect.stringContaining('الفقرة الثانية بعد التعديل')]);
    expect(await reader.mediaCount()).toBe(mediaBefore + 2);

    // Take it back to draft.
    const back = await outbox.enqueue(draftId, fx.site.id, { action: 'unpublish' });
    expect((await waitForJob(outbox, back.id, ['done', 'failed'])).state).toMatchObject({
      state: 'done',
      status: 'draft',
    });
    expect((await reader.post(remote!.postId)).status).toBe('draft');
    expect((await fx.library.open(draftId)).remote?.[fx.site.id]?.status).toBe('draft');
    await outbox.stop();

    // The password: in the secrets file and nowhere else in the data folder.
    const files = await everyFile(fx.dataDir);
    expect(files.some((file) => file.includes(`${path.sep}outbox${path.sep}`))).toBe(true);
    const holding = [];
    for (const file of files)
      if ((await readFile(file)).includes(fx.appPassword))
        holding.push(path.relative(fx.dataDir, file));
    expect(holding).toEqual([path.join('secrets', 'secrets.json')]);
    expect((await stat(path.join(fx.dataDir, 'secrets', 'secrets.json'))).mode & 0o777).toBe(0o600);
  });

  it('publishes the images the draft library keeps, as the editor’s image node names them (by hash, no src)', async () => {
    const fx = await publishFixture(site(), 'editor');
    const draft = await fx.library.create({ meta: meta('صور من مكتبة المسودات'), body: body('x') });
    const kept = [];
    for (const [index, name] of ['مؤتمر جنيف.png', 'الساحة.png'].entries()) {
      kept.push(
        await fx.library.addMedia(draft.id, {
          fileName: name,
          mimeType: 'image/png',
          bytes: noisePng(32, 32, 50 + index),
        }),
      );
    }
    const nodes = kept.map((info, index) => ({
      type: 'image',
      version: 1,
      hash: info.hash,
      fileName: info.fileName,
      alt: `بديل ${index}`,
      caption: `تعليق عربي ${index}`,
    }));
    await fx.library.save(draft.id, {
      meta: meta('صور من مكتبة المسودات'),
      body: body('نص', nodes as never),
    });
    const outbox = fx.outbox({ media: { list: (draftId) => fx.library.listMedia(draftId) } });
    const job = await outbox.enqueue(draft.id, fx.site.id, {
      action: 'publish',
      featuredImageHash: kept[1]!.hash,
    });
    expect((await waitForJob(outbox, job.id, ['done', 'failed'])).state).toMatchObject({
      state: 'done',
    });
    const remote = (await fx.library.open(draft.id)).remote![fx.site.id]!;
    const content = ((await siteReader(site()).post(remote.postId)).content as { raw: string }).raw;
    expect(content).toBe(expectedContent((await fx.library.open(draft.id)).body, remote.media));
    for (const info of kept)
      expect(content).toContain(`wp-image-${remote.media[info.hash]!.mediaId}`);
    expect(content).toContain('تعليق عربي 1');
    await outbox.stop();
  });

  it('a contributor sends to the desk; asking to publish gets cannot_publish with "send to desk" suggested, on the same post', async () => {
    const fx = await publishFixture(site(), 'contributor');
    const draftId = await fx.createDraft({
      meta: meta('مادة المراسل إلى الديسك', { section: 'قسم غير موجود' }),
      body: body('نص المراسل'),
    });
    const outbox = fx.outbox();
    expect((await outbox.prepare(draftId, fx.site.id)).allowedActions).toEqual([
      'draft',
      'pending',
    ]);
    const publish = await outbox.enqueue(draftId, fx.site.id, { action: 'publish' });
    const failed = await waitForJob(outbox, publish.id, ['done', 'failed']);
    expect(failed.state).toEqual({
      state: 'failed',
      code: 'wordpress.cannot_publish',
      suggestion: 'pending',
      canPublishAsNew: false,
    });
    const pending = await outbox.enqueue(draftId, fx.site.id, { action: 'pending' });
    expect((await waitForJob(outbox, pending.id, ['done', 'failed'])).state).toMatchObject({
      state: 'done',
      status: 'pending',
    });
    // The send to the desk made the refused publish good: it leaves the list, Retry and all.
    expect((await outbox.jobs()).map((job) => job.id)).toEqual([pending.id]);
    const posts = await siteReader(site()).posts('مادة المراسل إلى الديسك');
    expect(posts.map((post) => post.status)).toEqual(['pending']);
    // A contributor may not create categories: left uncategorised.
    expect((await outbox.prepare(draftId, fx.site.id)).notes).toContain('section_uncategorized');
    await outbox.stop();
  });

  it('a section the site lacks becomes a category kept with the site: the next preparation offers it and no longer says it will be created', async () => {
    const fx = await publishFixture(site(), 'editor');
    const draftId = await fx.createDraft({
      meta: meta('خبر في قسم جديد', { section: 'تقنية ناشئة' }),
      body: body('نص الخبر'),
    });
    const outbox = fx.outbox();
    expect((await outbox.prepare(draftId, fx.site.id)).notes).toContain('section_will_be_created');
    const job = await outbox.enqueue(draftId, fx.site.id, { action: 'draft' });
    expect((await waitForJob(outbox, job.id, ['done', 'failed'])).state).toMatchObject({
      state: 'done',
    });
    const after = await outbox.prepare(draftId, fx.site.id);
    expect(after.notes).not.toContain('section_will_be_created');
    const created = after.categories.find((category) => category.name === 'تقنية ناشئة');
    expect(created).toBeDefined();
    expect(after.suggestedCategoryIds).toEqual([created!.id]);
    expect((await fx.sites.list())[0]!.categories).toContainEqual(created);
    await outbox.stop();
  });

  it('schedules in the future with the right date_gmt', async () => {
    const fx = await publishFixture(site(), 'editor');
    const draftId = await fx.createDraft({ meta: meta('خبر مجدول للنشر'), body: body('نص مجدول') });
    const outbox = fx.outbox();
    const scheduleAt = '2031-03-05T09:30:00+03:00';
    const job = await outbox.enqueue(draftId, fx.site.id, { action: 'schedule', scheduleAt });
    expect((await waitForJob(outbox, job.id, ['done', 'failed'])).state).toMatchObject({
      state: 'done',
      status: 'future',
    });
    const post = await siteReader(site()).post(
      (await fx.library.open(draftId)).remote![fx.site.id]!.postId,
    );
    expect(post).toMatchObject({ status: 'future', date_gmt: '2031-03-05T06:30:00' });
    await outbox.stop();
  });

  it('a change made on the site is a conflict with a word diff, never overwritten; overwrite then goes through', async () => {
    const reader = siteReader(site());
    const fx = await publishFixture(site(), 'editor');
    const draftId = await fx.createDraft({
      meta: meta('خبر سيعدله الديسك'),
      body: body('نص المراسل الأصلي'),
    });
    const outbox = fx.outbox();
    const first = await outbox.enqueue(draftId, fx.site.id, { action: 'publish' });
    await waitForJob(outbox, first.id, ['done']);
    const { postId } = (await fx.library.open(draftId)).remote![fx.site.id]!;
    const theirs = ((await reader.post(postId)).content as { raw: string }).raw.replace(
      'نص المراسل الأصلي',
      'نص عدّله رئيس التحرير',
    );
    await new Promise((resolve) => setTimeout(resolve, 1100)); // modified_gmt counts seconds
    await clientAs(site(), 'admin').updatePost(postId, { content: theirs });

    const current = await fx.library.open(draftId);
    await fx.library.save(draftId, {
      meta: current.meta,
      body: body('نص المراسل بعد تعديله في مداد'),
    });
    const update = await outbox.enqueue(draftId, fx.site.id, { action: 'update' });
    const conflict = await waitForJob(outbox, update.id, ['conflict', 'done', 'failed']);
    expect(conflict.state.state).toBe('conflict');
    if (conflict.state.state !== 'conflict') return;
    const inserted = conflict.state.diff.pieces
      .filter((piece) => piece.type === 'insert')
      .map((piece) => piece.text)
      .join('');
    expect(inserted).toContain('رئيس');
    expect(((await reader.post(postId)).content as { raw: string }).raw).toBe(theirs);

    await outbox.resolveConflict(update.id, 'overwrite');
    await waitForJob(outbox, update.id, ['done']);
    expect(((await reader.post(postId)).content as { raw: string }).raw).toContain(
      'نص المراسل بعد تعديله في مداد',
    );

    // Keep theirs: nothing sent, their version becomes what Midad last saw.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await clientAs(site(), 'admin').updatePost(postId, { content: theirs });
    await fx.library.save(draftId, { meta: current.meta, body: body('تعديل ثالث') });
    const again = await outbox.enqueue(draftId, fx.site.id, { action: 'update' });
    await waitForJob(outbox, again.id, ['conflict']);
    await outbox.resolveConflict(again.id, 'keep_theirs');
    expect(((await reader.post(postId)).content as { raw: string }).raw).toBe(theirs);
    expect((await fx.library.open(draftId)).remote![fx.site.id]!.modifiedGmt).toBe(
      (await reader.post(postId)).modified_gmt,
    );
    await outbox.stop();
  });

  it('a post deleted on the site fails with post_deleted and can be published as new', async () => {
    const fx = await publishFixture(site(), 'editor');
    const draftId = await fx.createDraft({ meta: meta('خبر سيحذف من الموقع'), body: body('نص') });
    const outbox = fx.outbox();
    await waitForJob(
      outbox,
      (await outbox.enqueue(draftId, fx.site.id, { action: 'publish' })).id,
      ['done'],
    );
    const { postId } = (await fx.library.open(draftId)).remote![fx.site.id]!;
    const { login, appPassword } = site().users.admin;
    await fetch(`${site().url}/wp-json/wp/v2/posts/${postId}?force=true`, {
      method: 'DELETE',
      headers: {
        authorization: `Basic ${Buffer.from(`${login}:${appPassword}`).toString('base64')}`,
      },
    });
    const update = await outbox.enqueue(draftId, fx.site.id, { action: 'update' });
    expect((await waitForJob(outbox, update.id, ['failed', 'done'])).state).toEqual({
      state: 'failed',
      code: 'wordpress.post_deleted',
      suggestion: null,
      canPublishAsNew: true,
    });
    const asNew = await outbox.enqueue(draftId, fx.site.id, { action: 'publish', asNew: true });
    await waitForJob(outbox, asNew.id, ['done']);
    expect((await fx.library.open(draftId)).remote![fx.site.id]!.postId).not.toBe(postId);
    await outbox.stop();
  });

  it('wrong password, nothing listening, HTML instead of JSON, a timeout: the job fails or waits with its code, the draft untouched', async () => {
    const fx = await publishFixture(site(), 'editor');
    const draftId = await fx.createDraft({ meta: meta('خبر لن يصل'), body: body('نص') });
    const before = await fx.library.open(draftId);
    const attempt = async (
      outbox: ReturnType<PublishFixture['outbox']>,
      states: ('failed' | 'waiting_offline')[],
    ) => {
      const job = await outbox.enqueue(draftId, fx.site.id, { action: 'publish' });
      const seen = await waitForJob(outbox, job.id, states, 20_000);
      if (seen.state.state === 'waiting_offline') await outbox.cancel(job.id);
      await outbox.stop();
      expect(await fx.library.open(draftId)).toEqual(before);
      return seen.state;
    };

    // Nothing listening.
    const closed = await startCutProxy(1);
    await closed.close();
    expect(
      await attempt(fx.outbox({ restRoot: `${closed.url}/wp-json/` }), [
        'waiting_offline',
        'failed',
      ]),
    ).toMatchObject({
      state: 'waiting_offline',
      code: 'wordpress.unreachable',
    });
    // HTML instead of JSON: a root that answers WordPress's HTML pages.
    expect(
      await attempt(fx.outbox({ restRoot: `${site().url}/no-api-here/` }), [
        'failed',
        'waiting_offline',
      ]),
    ).toMatchObject({
      state: 'failed',
      code: 'wordpress.not_json',
    });
    // A site that never answers.
    const hanging = await startCutProxy(Number(new URL(site().url).port));
    hanging.hang(true);
    expect(
      await attempt(fx.outbox({ restRoot: `${hanging.url}/wp-json/`, timeoutMs: 700 }), [
        'waiting_offline',
        'failed',
      ]),
    ).toMatchObject({
      state: 'waiting_offline',
      code: 'wordpress.timeout',
    });
    await hanging.close();
    // Wrong password.
    await new (
      await import('../../electron/services/publish/sites/secret-store.ts')
    ).FileSecretStore(fx.dataDir).set(`wordpress/${fx.site.id}`, 'aaaa bbbb cccc dddd eeee ffff');
    expect(await attempt(fx.outbox(), ['failed', 'waiting_offline'])).toMatchObject({
      state: 'failed',
      code: 'wordpress.bad_credentials',
    });
  });
});
