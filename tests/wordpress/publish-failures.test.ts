// Exactly once against a real WordPress: a proxy cuts the connection right after the
// server has answered (it committed; Midad never hears it) at every step of a publish and
// of an update, and an outbox process is SIGKILLed after chosen steps and started again on
// the same data folder. Every time: one post on the site and one attachment per image.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleMeta } from '../../common/document/article-content.ts';
import type { DraftContent } from '../../electron/contract/index.ts';
import { jobPath } from '../../electron/services/publish/outbox/job-file.ts';
import { mediaToken } from '../../electron/services/publish/outbox/post-plan.ts';
import { article, heading, paragraph } from '../fixtures/wordpress/lexical-article.ts';
import { startCutProxy, type CutProxy, type ProxiedRequest } from '../support/publish/cut-proxy.ts';
import { noisePng } from '../support/publish/png.ts';
import {
  imageNode,
  publishFixture,
  siteReader,
  waitForJob,
  type PublishFixture,
} from '../support/publish/publish-fixture.ts';
import { unavailable, useWordPress } from './wordpress-site.ts';

const meta = (headline: string): DraftContent['meta'] =>
  articleMeta({ headline, section: 'سياسة', excerpt: 'ملخص', tags: ['وسم القطع'] });

function body(text: string, images: ReturnType<typeof imageNode>[]): DraftContent['body'] {
  const state = article(paragraph(text), heading('h2', 'عنوان فرعي'), paragraph('فقرة أخيرة.'));
  (state.root.children as unknown[]).splice(1, 0, ...images);
  return state as unknown as DraftContent['body'];
}

const isPost = (method: string, pattern: RegExp) => (request: ProxiedRequest) =>
  request.method === method && pattern.test(request.path);
const MEDIA = /\/wp-json\/wp\/v2\/media(\?|$)/;
const CREATE = /\/wp-json\/wp\/v2\/posts(\?|$)/;
const POST_ID = /\/wp-json\/wp\/v2\/posts\/\d+(\?|$)/;

/** Cuts the n-th request `match` accepts. */
function nth(n: number, match: (request: ProxiedRequest) => boolean) {
  let count = 0;
  return (request: ProxiedRequest) => match(request) && (count += 1) === n;
}

describe.skipIf(unavailable)('exactly once, whatever fails', () => {
  const { site } = useWordPress({ permalinks: 'pretty', locale: 'ar' });
  let proxy: CutProxy;
  let seed = 100;
  const table: string[] = [];

  beforeAll(async () => {
    if (!unavailable) proxy = await startCutProxy(Number(new URL(site().url).port));
  });
  afterAll(async () => {
    await proxy?.close();
    if (table.length > 0)
      console.log(`\ncut point → on the site after the retries\n${table.join('\n')}\n`);
  });

  async function draftWithImages(fx: PublishFixture, headline: string) {
    const draft = await fx.library.create({ meta: meta(headline), body: body('نص', []) });
    const hashes = [
      await fx.media.add(draft.id, noisePng(24, 24, (seed += 1)), 'صورة أولى.png', 'image/png'),
      await fx.media.add(draft.id, noisePng(24, 24, (seed += 1)), 'صورة ثانية.png', 'image/png'),
    ];
    await fx.library.save(draft.id, {
      meta: meta(headline),
      body: body(
        'نص الخبر الأول',
        hashes.map((hash, i) => imageNode(hash, `بديل ${i}`, `تعليق ${i}`)),
      ),
    });
    return { draftId: draft.id, hashes };
  }

  async function countOnSite(headline: string, hashes: string[]) {
    const reader = siteReader(site());
    const posts = (await reader.posts(headline)).filter((post) => post.title.raw === headline);
    const attachments = [];
    for (const hash of hashes)
      attachments.push(
        (
          (await reader.get('wp/v2/media', { search: mediaToken(hash), per_page: '100' }))
            .body as unknown[]
        ).length,
      );
    return { posts: posts.length, attachments };
  }

  const createPoints: [string, (request: ProxiedRequest) => boolean][] = [
    ['tag created', isPost('POST', /\/wp-json\/wp\/v2\/tags(\?|$)/)],
    ['1st media upload', nth(1, isPost('POST', MEDIA))],
    ['2nd media upload', nth(2, isPost('POST', MEDIA))],
    ['post created (with marker)', isPost('POST', CREATE)],
    ['final status + unmarked content', isPost('POST', POST_ID)],
  ];

  for (const [name, match] of createPoints) {
    it(`publish, cut after: ${name}`, async () => {
      const fx = await publishFixture(site(), 'editor');
      const headline = `قطع الاتصال بعد ${name} ${seed}`;
      const { draftId, hashes } = await draftWithImages(fx, headline);
      const outbox = fx.outbox({ restRoot: `${proxy.url}/wp-json/` });
      const cutsBefore = proxy.log.filter((request) => request.cut).length;
      proxy.cutNext(match);
      const job = await outbox.enqueue(draftId, fx.site.id, {
        action: 'publish',
        featuredImageHash: hashes[0],
      });
      const done = await waitForJob(outbox, job.id, ['done', 'failed']);
      await outbox.stop();
      expect(done.state).toMatchObject({ state: 'done', status: 'publish' });
      expect(proxy.log.filter((request) => request.cut).length).toBe(cutsBefore + 1);
      const counted = await countOnSite(headline, hashes);
      const attempts = JSON.parse(await readFile(jobPath(fx.dataDir, job.id), 'utf8'))
        .attempts as number;
      table.push(
        `publish: cut after ${name.padEnd(32)} → posts ${counted.posts}, attachments per image ${counted.attachments.join('/')}, retries ${attempts}`,
      );
      expect(counted).toEqual({ posts: 1, attachments: [1, 1] });
    });
  }

  it('update, cut after the post update (the retry sees its own write, not a conflict)', async () => {
    const fx = await publishFixture(site(), 'editor');
    const headline = `تحديث يقطع ${seed}`;
    const { draftId, hashes } = await draftWithImages(fx, headline);
    const outbox = fx.outbox({ restRoot: `${proxy.url}/wp-json/` });
    await waitForJob(
      outbox,
      (await outbox.enqueue(draftId, fx.site.id, { action: 'publish' })).id,
      ['done'],
    );
    const current = await fx.library.open(draftId);
    await new Promise((resolve) => setTimeout(resolve, 1100)); // a new modified_gmt second
    await fx.library.save(draftId, {
      meta: current.meta,
      body: body(
        'نص الخبر بعد التحديث',
        hashes.map((hash, i) => imageNode(hash, `بديل ${i}`, `تعليق ${i}`)),
      ),
    });
    proxy.cutNext(isPost('POST', POST_ID));
    const update = await outbox.enqueue(draftId, fx.site.id, { action: 'update' });
    const done = await waitForJob(outbox, update.id, ['done', 'failed', 'conflict']);
    await outbox.stop();
    expect(done.state).toMatchObject({ state: 'done' });
    const counted = await countOnSite(headline, hashes);
    table.push(
      `update: cut after the post update${' '.repeat(17)} → posts ${counted.posts}, attachments per image ${counted.attachments.join('/')}`,
    );
    expect(counted).toEqual({ posts: 1, attachments: [1, 1] });
    const post = await siteReader(site()).post(
      (await fx.library.open(draftId)).remote![fx.site.id]!.postId,
    );
    expect((post.content as { raw: string }).raw).toContain('نص الخبر بعد التحديث');
  });

  const killPoints: [string, number][] = [
    ['enqueued', 1],
    ['media-file', 1],
    ['post', 1],
  ];
  for (const [step, count] of killPoints) {
    it(`the app killed after "${step}" and started again finishes the job without a duplicate`, async () => {
      const fx = await publishFixture(site(), 'editor');
      const headline = `إيقاف التطبيق بعد ${step} ${seed}`;
      const { draftId, hashes } = await draftWithImages(fx, headline);
      const child = spawn(
        process.execPath,
        [
          '--experimental-strip-types',
          '--no-warnings',
          path.join(import.meta.dirname, '../support/publish/outbox-child.ts'),
        ],
        {
          stdio: ['pipe', 'pipe', 'inherit'],
        },
      );
      child.stdin.end(
        JSON.stringify({
          dataDir: fx.dataDir,
          draftId,
          siteId: fx.site.id,
          options: { action: 'publish', featuredImageHash: hashes[1] },
          media: { [draftId]: await fx.media.list(draftId) },
          killAfter: { step, count },
        }),
      );
      let said = '';
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (data: Buffer) => {
          said += data.toString();
          if (said.includes('FROZEN')) {
            child.kill('SIGKILL');
            resolve();
          }
          if (said.includes('FINISHED'))
            reject(new Error('the child finished before the kill point'));
        });
        child.on('exit', () => resolve());
      });
      expect(said).toContain(`FROZEN after ${step}`);
      await new Promise(
        (resolve) => child.once('exit', resolve).exitCode !== null && resolve(null),
      );

      // A new outbox on the same data folder resumes the job from its last recorded step.
      const outbox = fx.outbox();
      await outbox.start();
      const [job] = await outbox.jobs();
      const done = await waitForJob(outbox, job!.id, ['done', 'failed']);
      await outbox.stop();
      expect(done.state).toMatchObject({ state: 'done', status: 'publish' });
      const counted = await countOnSite(headline, hashes);
      table.push(
        `killed after ${step.padEnd(34)} → posts ${counted.posts}, attachments per image ${counted.attachments.join('/')}`,
      );
      expect(counted).toEqual({ posts: 1, attachments: [1, 1] });
    });
  }
});
