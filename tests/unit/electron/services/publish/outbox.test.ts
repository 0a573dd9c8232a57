// The outbox's own rules with a scripted WordPress: intent on disk before the first
// request, offline waits with backoff on the given clock, permanent failures, cancel and
// retry, a shutdown mid-job resumed by the next start without a second create.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  publishJobSchema,
  type PublishJob,
  type Site,
} from '../../../../../electron/contract/index.ts';
import { DraftLibrary } from '../../../../../electron/services/drafts/draft-library.ts';
import { parseDocument } from '../../../../../electron/services/publish/review/document-envelope.ts';
import { jobPath } from '../../../../../electron/services/publish/outbox/job-file.ts';
import type {
  DraftMediaFile,
  Outbox,
  OutboxOptions,
} from '../../../../../electron/services/publish/outbox/outbox.ts';
import type { WordPressClient } from '../../../../../electron/services/publish/wordpress/wordpress-client.ts';
import { WordPressError } from '../../../../../electron/services/publish/wordpress/wordpress-error.ts';
import type { WordPressPost } from '../../../../../electron/services/publish/wordpress/wordpress-types.ts';
import { ManualClock } from '../../../../support/publish/manual-clock.ts';
import { settle, stagedOutbox } from '../../../../support/publish/outbox-harness.ts';
import { noisePng } from '../../../../support/publish/png.ts';
import { siteRecord } from '../../../../support/publish/site-record.ts';
import { wordpressPost } from '../../../../support/publish/wordpress-post.ts';
import { content, freshDataDir } from '../drafts/library-fixture.ts';

const site = siteRecord('https://news.example', {
  capabilities: [
    'edit_posts',
    'publish_posts',
    'upload_files',
    'manage_categories',
    'edit_published_posts',
  ],
  categories: [{ id: 5, name: 'اقتصاد', parent: 0 }],
});

/** A WordPress in memory whose calls can be made to fail on purpose. */
class ScriptedWordPress {
  calls: string[] = [];
  /** The meta each create or update carried, in order: the document travels here. */
  sentMeta: unknown[] = [];
  posts = new Map<number, WordPressPost>();
  failNext = new Map<string, WordPressError>();
  onCall: (name: string) => void = () => undefined;
  #nextId = 100;

  #call(name: string): void {
    this.calls.push(name);
    this.onCall(name);
    const failure = this.failNext.get(name);
    if (failure) {
      this.failNext.delete(name);
      throw failure;
    }
  }

  #save(
    id: number,
    fields: Partial<WordPressPost> & { content?: string; title?: string },
  ): WordPressPost {
    const old = this.posts.get(id);
    const post = wordpressPost({
      id,
      status: (fields.status as string | undefined) ?? old?.status ?? 'draft',
      link: `https://news.example/?p=${id}`,
      modified_gmt: `2026-11-29T10:00:${String(this.calls.length).padStart(2, '0')}`,
      title: { raw: (fields.title as string | undefined) ?? old?.title.raw ?? '' },
      content: { raw: (fields.content as string | undefined) ?? old?.content.raw ?? '' },
    });
    this.posts.set(id, post);
    return post;
  }

  client(): WordPressClient {
    const fake = {
      listTerms: async () => (
        this.#call('listTerms'),
        [{ id: 5, name: 'اقتصاد', slug: 'x', parent: 0, count: 0 }]
      ),
      ensureTerm: async (_taxonomy: string, name: string) => (
        this.#call('ensureTerm'),
        { term: { id: 9, name, slug: 'x', parent: 0, count: 0 }, created: true }
      ),
      uploadMedia: async () => {
        this.#call('uploadMedia');
        const id = (this.#nextId += 1);
        return {
          id,
          source_url: `https://news.example/wp-content/uploads/${id}.png`,
          mime_type: 'image/png',
          alt_text: '',
        };
      },
      findMediaByToken: async () => (this.#call('findMediaByToken'), []),
      findPostsByMarker: async (marker: string) => (
        this.#call('findPostsByMarker'),
        [...this.posts.values()].filter((post) => post.content.raw?.includes(marker))
      ),
      createPost: async (fields: Record<string, unknown>) => (
        this.#call('createPost'),
        this.sentMeta.push(fields.meta),
        this.#save((this.#nextId += 1), fields)
      ),
      updatePost: async (id: number, fields: Record<string, unknown>) => (
        this.#call('updatePost'),
        this.sentMeta.push(fields.meta),
        this.#save(id, fields)
      ),
      getPost: async (id: number) => (this.#call('getPost'), this.posts.get(id)!),
      setPostStatus: async (id: number, status: string) => (
        this.#call('updatePost'),
        this.#save(id, { status })
      ),
    };
    return fake as unknown as WordPressClient;
  }
}

async function setup(onSite: Site = site) {
  const dataDir = await freshDataDir();
  const library = await DraftLibrary.open({ dataDir });
  const wordpress = new ScriptedWordPress();
  const clock = new ManualClock('2026-11-29T10:00:00Z');
  const draft = await library.create(content('نص الخبر'));
  const imagePath = path.join(dataDir, 'image.png');
  await mkdir(dataDir, { recursive: true });
  await writeFile(imagePath, noisePng(8, 6, 1));
  const hash = 'ab'.repeat(32);
  const body = JSON.parse(JSON.stringify(draft.body));
  body.root.children.push({
    type: 'image',
    version: 1,
    hash,
    src: '',
    alt: 'بديل',
    caption: 'تعليق',
  });
  await library.save(draft.id, {
    meta: { ...draft.meta, headline: 'عنوان', section: 'إقتصاد' },
    body,
  });
  const media: DraftMediaFile[] = [
    { hash, fileName: 'صورة.png', mimeType: 'image/png', path: imagePath },
  ];
  const make = (
    listeners: Pick<OutboxOptions, 'onJobChanged' | 'onJobsRemoved'> & {
      rememberCategories?: OutboxOptions['sites']['rememberCategories'];
    } = {},
  ) =>
    stagedOutbox(
      {
        dataDir,
        clock,
        library,
        site: onSite,
        client: () => wordpress.client(),
        media,
        rememberCategories: listeners.rememberCategories,
      },
      {
        onJobChanged: listeners.onJobChanged,
        onJobsRemoved: listeners.onJobsRemoved,
        retryDelaysMs: [1000, 5000],
      },
    );
  return { dataDir, library, wordpress, clock, draftId: draft.id, make };
}

describe('the publish outbox', () => {
  it('sends the whole document with the post to a site with the midad-bridge plugin, and nothing to one without', async () => {
    const bridged = { ...site, reviewBridge: { version: '1.0.0', maxDocumentBytes: 1_000_000 } };
    const withPlugin = await setup(bridged);
    const outbox = withPlugin.make();
    await outbox.enqueue(withPlugin.draftId, site.id, { action: 'pending' });
    await settle(outbox);
    const draft = await withPlugin.library.open(withPlugin.draftId);
    const last = withPlugin.wordpress.sentMeta.at(-1) as Record<string, string>;
    const parsed = parseDocument(last._midad_document);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.envelope.content).toEqual({
      meta: draft.meta,
      body: draft.body,
      review: draft.review,
    });
    // The text on the site carries no trace of the document.
    expect(
      withPlugin.wordpress.posts.get(draft.remote![site.id]!.postId)!.content.raw,
    ).not.toContain('midad-document');

    const without = await setup();
    const plain = without.make();
    await plain.enqueue(without.draftId, site.id, { action: 'pending' });
    await settle(plain);
    expect(without.wordpress.sentMeta.every((meta) => meta === undefined)).toBe(true);
  });

  it('still publishes the text when the document is too large for the site, and says so', async () => {
    const tiny = { ...site, reviewBridge: { version: '1.0.0', maxDocumentBytes: 10 } };
    const { wordpress, draftId, dataDir, library, clock } = await setup(tiny);
    const steps: string[] = [];
    const outbox = stagedOutbox(
      { dataDir, clock, library, site: tiny, client: () => wordpress.client() },
      { onStep: (_job, step) => steps.push(step) },
    );
    // No images to upload: the body's image is dropped so the media list may be empty.
    const draft = await library.open(draftId);
    const body = JSON.parse(JSON.stringify(draft.body));
    body.root.children = body.root.children.filter(
      (node: { type: string }) => node.type !== 'image',
    );
    await library.save(draftId, { meta: draft.meta, body });
    await outbox.enqueue(draftId, site.id, { action: 'pending' });
    await settle(outbox);
    expect((await outbox.jobs())[0]!.state).toMatchObject({ state: 'done', status: 'pending' });
    expect(wordpress.sentMeta.every((meta) => meta === undefined)).toBe(true);
    expect(steps).toContain('document-too-large');
    expect((await outbox.prepare(draftId, site.id)).notes).toContain('document_too_large');
  });

  it('writes the job to disk before the first request, then publishes in steps', async () => {
    const { dataDir, library, wordpress, draftId, make } = await setup();
    const outbox = make();
    let onDiskFirst = false;
    wordpress.onCall = () => {
      if (wordpress.calls.length === 1) onDiskFirst = existsSync(path.join(dataDir, 'outbox'));
    };
    const job = await outbox.enqueue(draftId, site.id, { action: 'publish' });
    expect(existsSync(jobPath(dataDir, job.id))).toBe(true);
    await settle(outbox);
    expect(onDiskFirst).toBe(true);
    // Tags ensured one by one; the section matched after normalization (إقتصاد = اقتصاد): no category created.
    const tags = (await library.open(draftId)).meta.tags.length;
    expect(wordpress.calls).toEqual([
      'listTerms',
      ...Array<string>(tags).fill('ensureTerm'),
      'uploadMedia',
      'createPost',
      'updatePost',
    ]);
    expect(wordpress.calls.filter((call) => call === 'createPost')).toHaveLength(1);
    const [done] = await outbox.jobs();
    expect(done!.state).toMatchObject({ state: 'done', status: 'publish' });
    const remote = (await library.open(draftId)).remote![site.id]!;
    expect(Object.keys(remote.media)).toEqual(['ab'.repeat(32)]);
    const post = wordpress.posts.get(remote.postId)!;
    expect(post.content.raw).not.toContain('midadMarker');
    expect(post.content.raw).toContain(`wp-image-${remote.media['ab'.repeat(32)]!.mediaId}`);
  });

  it('waits offline with backoff on the given clock, then finishes; never uploads twice', async () => {
    const { wordpress, clock, draftId, make } = await setup();
    const outbox = make();
    wordpress.failNext.set(
      'createPost',
      new WordPressError('wordpress.unreachable', 0, 'ECONNRESET'),
    );
    const job = await outbox.enqueue(draftId, site.id, { action: 'draft' });
    await settle(outbox);
    const [waiting] = await outbox.jobs();
    expect(waiting!.state).toEqual({
      state: 'waiting_offline',
      code: 'wordpress.unreachable',
      attempts: 1,
      nextAttemptAt: '2026-11-29T10:00:01.000Z',
    });
    clock.advance(1000);
    await settle(outbox);
    expect((await outbox.jobs())[0]!.state).toMatchObject({ state: 'done', status: 'draft' });
    expect(wordpress.calls.filter((call) => call === 'uploadMedia')).toHaveLength(1);
    // The create went out once before: the retry looked for it by marker first.
    expect(wordpress.calls).toContain('findPostsByMarker');
    expect(job.id).toBeTruthy();
  });

  it('fails on a permanent error with its code and leaves the draft untouched; retry resumes', async () => {
    const { library, wordpress, draftId, make } = await setup();
    const before = await library.open(draftId);
    const outbox = make();
    wordpress.failNext.set(
      'uploadMedia',
      new WordPressError('wordpress.bad_credentials', 401, 'incorrect_password'),
    );
    const job = await outbox.enqueue(draftId, site.id, { action: 'publish' });
    await settle(outbox);
    expect((await outbox.jobs())[0]!.state).toEqual({
      state: 'failed',
      code: 'wordpress.bad_credentials',
      suggestion: null,
      canPublishAsNew: false,
    });
    expect(await library.open(draftId)).toEqual(before);
    await outbox.retry(job.id);
    await settle(outbox);
    expect((await outbox.jobs())[0]!.state).toMatchObject({ state: 'done', status: 'publish' });
    await expect(outbox.retry(job.id)).rejects.toMatchObject({ code: 'publish.not_retryable' });
  });

  it('never uploads a picture it cannot clean of its metadata: the job fails with media.picture_unreadable', async () => {
    const { dataDir, library, wordpress, draftId, make } = await setup();
    await writeFile(path.join(dataDir, 'image.png'), Buffer.from('not really a png, GPS 33.89N'));
    const before = await library.open(draftId);
    const outbox = make();
    await outbox.enqueue(draftId, site.id, { action: 'publish' });
    await settle(outbox);
    expect((await outbox.jobs())[0]!.state).toMatchObject({
      state: 'failed',
      code: 'media.picture_unreadable',
    });
    expect(wordpress.calls.filter((call) => call === 'uploadMedia')).toEqual([]);
    expect(await library.open(draftId)).toEqual(before);
  });

  it('a later job that finishes clears the failed and cancelled jobs of the same story it supersedes: no Retry is left on them', async () => {
    const { dataDir, library, wordpress, clock, draftId, make } = await setup();
    const removed: string[][] = [];
    const announced: PublishJob[] = [];
    const outbox = make({
      onJobsRemoved: (jobIds) => removed.push(jobIds),
      onJobChanged: (job) => announced.push(job),
    });

    wordpress.failNext.set(
      'uploadMedia',
      new WordPressError('wordpress.bad_credentials', 401, 'incorrect_password'),
    );
    const failed = await outbox.enqueue(draftId, site.id, { action: 'pending' });
    await settle(outbox);
    clock.advance(1000);
    wordpress.failNext.set('listTerms', new WordPressError('wordpress.timeout', 0, null));
    const cancelled = await outbox.enqueue(draftId, site.id, { action: 'pending' });
    await settle(outbox);
    await outbox.cancel(cancelled.id);
    clock.advance(1000);
    const other = await library.create(content('خبر آخر'));
    wordpress.failNext.set(
      'createPost',
      new WordPressError('wordpress.bad_credentials', 401, 'incorrect_password'),
    );
    const otherFailed = await outbox.enqueue(other.id, site.id, { action: 'draft' });
    await settle(outbox);
    expect((await outbox.jobs()).map((job) => job.state.state)).toEqual([
      'failed',
      'cancelled',
      'failed',
    ]);

    clock.advance(1000);
    const later = await outbox.enqueue(draftId, site.id, { action: 'pending' });
    await settle(outbox);

    expect((await outbox.jobs()).map((job) => [job.id, job.state.state])).toEqual([
      [later.id, 'done'],
      [otherFailed.id, 'failed'],
    ]);
    expect(removed).toEqual([[failed.id, cancelled.id]]);
    expect(existsSync(jobPath(dataDir, failed.id))).toBe(false);
    expect(existsSync(jobPath(dataDir, cancelled.id))).toBe(false);
    await expect(outbox.retry(failed.id)).rejects.toMatchObject({ code: 'publish.job_not_found' });
    // Every state the later job went through was announced, the last one done.
    const laterStates = announced
      .filter((job) => job.id === later.id)
      .map((job) => job.state.state);
    expect(laterStates[0]).toBe('queued');
    expect(laterStates.at(-1)).toBe('done');
    expect(laterStates).toContain('running');
  });

  it('keeps the category a job created with the site, so the publish panel offers it and stops saying it will be created', async () => {
    const { library, draftId, make } = await setup();
    const draft = await library.open(draftId);
    await library.save(draftId, { meta: { ...draft.meta, section: 'رياضة' }, body: draft.body });
    const remembered: unknown[] = [];
    const outbox = make({
      rememberCategories: async (siteId, categories) => remembered.push({ siteId, categories }),
    });
    await outbox.enqueue(draftId, site.id, { action: 'draft' });
    await settle(outbox);
    expect(remembered).toEqual([
      {
        siteId: site.id,
        categories: [
          { id: 5, name: 'اقتصاد', parent: 0 },
          { id: 9, name: 'رياضة', parent: 0 },
        ],
      },
    ]);
  });

  it('a contributor asking to publish is told to send to the desk', async () => {
    const { wordpress, draftId, make } = await setup();
    const outbox = make();
    wordpress.failNext.set(
      'updatePost',
      new WordPressError('wordpress.cannot_publish', 403, 'rest_cannot_publish'),
    );
    await outbox.enqueue(draftId, site.id, { action: 'publish' });
    await settle(outbox);
    expect((await outbox.jobs())[0]!.state).toMatchObject({
      state: 'failed',
      code: 'wordpress.cannot_publish',
      suggestion: 'pending',
    });
  });

  it('cancels a waiting job; a retry then finishes it', async () => {
    const { wordpress, draftId, make } = await setup();
    const outbox = make();
    wordpress.failNext.set('listTerms', new WordPressError('wordpress.timeout', 0, null));
    const job = await outbox.enqueue(draftId, site.id, { action: 'publish' });
    await settle(outbox);
    expect((await outbox.cancel(job.id)).state).toEqual({ state: 'cancelled' });
    await expect(outbox.cancel(job.id)).rejects.toMatchObject({ code: 'publish.not_cancellable' });
    await outbox.retry(job.id);
    await settle(outbox);
    expect((await outbox.jobs())[0]!.state).toMatchObject({ state: 'done' });
  });

  it('a shutdown mid-job keeps it on disk; the next start resumes without a second create', async () => {
    const { wordpress, draftId, make } = await setup();
    const first = make();
    let stopping: Promise<void> | null = null;
    wordpress.onCall = (name) => {
      if (name === 'createPost') stopping = first.stop();
    };
    await first.enqueue(draftId, site.id, { action: 'publish' });
    await settle(first);
    await stopping;
    expect((await first.jobs())[0]!.state.state).toBe('queued');
    wordpress.onCall = () => undefined;
    const second = make();
    await second.start();
    await settle(second);
    expect((await second.jobs())[0]!.state).toMatchObject({ state: 'done', status: 'publish' });
    expect(wordpress.calls.filter((call) => call === 'createPost')).toHaveLength(1);
    expect(wordpress.posts.size).toBe(1);
  });

  it('lists finished jobs for a week, then removes their files', async () => {
    const { dataDir, clock, draftId, make } = await setup();
    const outbox = make();
    const job = await outbox.enqueue(draftId, site.id, { action: 'draft' });
    await settle(outbox);
    clock.advance(6 * 24 * 3600 * 1000);
    expect((await make().jobs()).map((each) => each.id)).toEqual([job.id]);
    clock.advance(2 * 24 * 3600 * 1000);
    expect(await make().jobs()).toEqual([]);
    expect(existsSync(jobPath(dataDir, job.id))).toBe(false);
  });

  it('refuses an update of a draft never published, a schedule without a date, and a second job for the same draft', async () => {
    const { draftId, make, wordpress } = await setup();
    const outbox = make();
    const wordpressStall = (_outbox: Outbox) =>
      wordpress.failNext.set('listTerms', new WordPressError('wordpress.unreachable', 0, null));
    await expect(outbox.enqueue(draftId, site.id, { action: 'update' })).rejects.toMatchObject({
      code: 'publish.not_published',
    });
    await expect(outbox.enqueue(draftId, site.id, { action: 'schedule' })).rejects.toMatchObject({
      code: 'publish.schedule_missing',
    });
    wordpressStall(outbox);
    await outbox.enqueue(draftId, site.id, { action: 'draft' });
    await expect(outbox.enqueue(draftId, site.id, { action: 'publish' })).rejects.toMatchObject({
      code: 'publish.already_queued',
    });
    await outbox.stop();
    const paused = make();
    await paused.stop();
    await expect(paused.enqueue(draftId, site.id, { action: 'draft' })).rejects.toMatchObject({
      code: 'publish.shutting_down',
    });
  });
});

describe('job files the outbox cannot show', () => {
  it('sets aside a job with a malformed time or a finished state without its result, and lists the others (found by the fuzz test)', async () => {
    const { dataDir, draftId, make } = await setup();
    const first = make();
    await first.start();
    const job = await first.enqueue(draftId, site.id, { action: 'draft' });
    await settle(first);
    await first.stop();
    const { readFile } = await import('node:fs/promises');
    const saved = JSON.parse(await readFile(jobPath(dataDir, job.id), 'utf8')) as Record<
      string,
      unknown
    >;
    await writeFile(
      jobPath(dataDir, 'bad-time-0001'),
      JSON.stringify({ ...saved, id: 'bad-time-0001', updatedAt: 'yesterday' }),
    );
    await writeFile(
      jobPath(dataDir, 'bad-done-0001'),
      JSON.stringify({ ...saved, id: 'bad-done-0001', state: 'done', result: null }),
    );

    const second = make();
    await second.start();
    const jobs = await second.jobs();
    await second.stop();
    expect(jobs.map((listed) => listed.id)).toEqual([job.id]);
    expect(publishJobSchema.array().safeParse(jobs).success).toBe(true);
    expect(existsSync(`${jobPath(dataDir, 'bad-time-0001')}.unreadable`)).toBe(true);
    expect(existsSync(`${jobPath(dataDir, 'bad-done-0001')}.unreadable`)).toBe(true);
  });
});
