// `npm run bench:publish`: a 2,000-word Arabic article with 10 images of about 500 KB
// published by the outbox to a local WordPress 6.1, beside the same uploads and post made
// one by one with curl; then the update of one paragraph (no image uploaded again).
// Writes its section of docs/benchmarks.md and docs/benchmarks.json.
// Options: --runs N (default 3) --workers N (php -S workers, default 4) --no-write
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { articleMeta } from '../../../common/document/article-content.ts';
import type { DraftContent } from '../../../electron/contract/index.ts';
import { longArticle } from '../drafts/arabic-corpus.ts';
import { article, paragraph } from '../../fixtures/wordpress/lexical-article.ts';
import { pngOfAbout } from '../../support/publish/png.ts';
import {
  imageNode,
  publishFixture,
  siteReader,
  waitForJob,
} from '../../support/publish/publish-fixture.ts';
import {
  startWordPress,
  wordPressUnavailableReason,
} from '../../support/wordpress/start-wordpress.ts';
import { describeMachine, machineSummary } from '../support/machine.ts';
import { writeBenchmarkReport, type BenchmarkEntry } from '../support/results.ts';
import { median, round } from '../support/statistics.ts';

const run = promisify(execFile);
const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    workers: { type: 'string' },
    'no-write': { type: 'boolean' },
  },
});
const runs = Number(values.runs ?? 3);
const workers = Number(values.workers ?? 4);
const IMAGES = 10;
const IMAGE_BYTES = 500_000;
const log = (message: string) => console.log(`[bench:publish] ${message}`);

const unavailable = wordPressUnavailableReason();
if (unavailable) {
  console.error(`bench:publish cannot run: ${unavailable}`);
  process.exit(1);
}

const wordpress = await startWordPress({ permalinks: 'pretty', locale: 'ar', workers });
log(`WordPress 6.1 (php -S, ${workers} workers) answered after ${wordpress.startedInMs} ms`);
const paragraphs = longArticle(2000);
const words = paragraphs.join(' ').split(/\s+/).length;
let seed = 1;

function articleBody(hashes: string[], first: string): DraftContent['body'] {
  const state = article(paragraph(first), ...paragraphs.map((text) => paragraph(text)));
  const children = state.root.children as unknown[];
  const step = Math.floor(children.length / (hashes.length + 1));
  hashes.forEach((hash, index) =>
    children.splice(
      (index + 1) * step + index,
      0,
      imageNode(hash, `صورة ${index + 1}`, `تعليق الصورة ${index + 1} من الخبر`),
    ),
  );
  return state as unknown as DraftContent['body'];
}

const meta = (headline: string): DraftContent['meta'] =>
  articleMeta({
    headline,
    section: 'سياسة',
    excerpt: paragraphs[0]!.slice(0, 200),
    tags: ['اختبار الأداء'],
  });

try {
  const midad: number[] = [];
  const updates: number[] = [];
  const curl: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    // ---- Midad: the outbox, uploads three at a time ----
    const fx = await publishFixture(wordpress, 'editor', { timeoutMs: 120_000 });
    const draft = await fx.library.create({
      meta: meta(`خبر الأداء ${i}`),
      body: articleBody([], 'بداية'),
    });
    const hashes: string[] = [];
    for (let n = 0; n < IMAGES; n += 1)
      hashes.push(
        await fx.media.add(
          draft.id,
          pngOfAbout(IMAGE_BYTES, (seed += 1)),
          `صورة الخبر ${n + 1}.png`,
          'image/png',
        ),
      );
    await fx.library.save(draft.id, {
      meta: meta(`خبر الأداء ${i}`),
      body: articleBody(hashes, 'بداية الخبر'),
    });
    const outbox = fx.outbox();
    const reader = siteReader(wordpress);
    let started = performance.now();
    const job = await outbox.enqueue(draft.id, fx.site.id, {
      action: 'publish',
      featuredImageHash: hashes[0],
    });
    const done = await waitForJob(outbox, job.id, ['done', 'failed'], 300_000);
    midad.push(performance.now() - started);
    if (done.state.state !== 'done')
      throw new Error(`the publish failed: ${JSON.stringify(done.state)}`);

    // ---- Update one paragraph ----
    const mediaBefore = await reader.mediaCount();
    const current = await fx.library.open(draft.id);
    await fx.library.save(draft.id, {
      meta: current.meta,
      body: articleBody(hashes, 'بداية الخبر بعد التحديث'),
    });
    started = performance.now();
    const update = await outbox.enqueue(draft.id, fx.site.id, {
      action: 'update',
      featuredImageHash: hashes[0],
    });
    const updated = await waitForJob(outbox, update.id, ['done', 'failed'], 300_000);
    updates.push(performance.now() - started);
    if (updated.state.state !== 'done')
      throw new Error(`the update failed: ${JSON.stringify(updated.state)}`);
    if ((await reader.mediaCount()) !== mediaBefore)
      throw new Error('the update uploaded images again');
    await outbox.stop();

    // ---- curl, one request after the other: the same images, then the post ----
    const { login, appPassword } = wordpress.users.editor;
    const files: string[] = [];
    for (let n = 0; n < IMAGES; n += 1) {
      const file = path.join(os.tmpdir(), `midad-bench-${process.pid}-${i}-${n}.png`);
      await writeFile(file, pngOfAbout(IMAGE_BYTES, (seed += 1)));
      files.push(file);
    }
    started = performance.now();
    const media: { id: number; source_url: string }[] = [];
    for (const [n, file] of files.entries()) {
      const query = new URLSearchParams({
        alt_text: `صورة ${n + 1}`,
        caption: `تعليق الصورة ${n + 1} من الخبر`,
      });
      const { stdout } = await run(
        '/usr/bin/curl',
        [
          '-sS',
          '--fail',
          '-u',
          `${login}:${appPassword}`,
          '-H',
          'Content-Type: image/png',
          '-H',
          `Content-Disposition: attachment; filename="image-${n + 1}.png"`,
          '--data-binary',
          `@${file}`,
          `${wordpress.url}/wp-json/wp/v2/media?${query}`,
        ],
        { maxBuffer: 16 * 1024 * 1024 },
      );
      media.push(JSON.parse(stdout) as { id: number; source_url: string });
    }
    const content = media
      .map(
        (item) =>
          `<!-- wp:image {"id":${item.id}} -->\n<figure class="wp-block-image"><img src="${item.source_url}" alt="" class="wp-image-${item.id}"/></figure>\n<!-- /wp:image -->`,
      )
      .join('\n\n');
    const text = paragraphs
      .map((p) => `<!-- wp:paragraph -->\n<p>${p}</p>\n<!-- /wp:paragraph -->`)
      .join('\n\n');
    const postFile = path.join(os.tmpdir(), `midad-bench-${process.pid}-${i}-post.json`);
    await writeFile(
      postFile,
      JSON.stringify({
        title: `خبر curl ${i}`,
        content: `${text}\n\n${content}`,
        status: 'publish',
        featured_media: media[0]!.id,
      }),
    );
    await run('/usr/bin/curl', [
      '-sS',
      '--fail',
      '-o',
      '/dev/null',
      '-u',
      `${login}:${appPassword}`,
      '-H',
      'Content-Type: application/json',
      '--data-binary',
      `@${postFile}`,
      `${wordpress.url}/wp-json/wp/v2/posts`,
    ]);
    curl.push(performance.now() - started);
    log(
      `run ${i + 1}/${runs}: Midad ${midad.at(-1)!.toFixed(0)} ms, curl one by one ${curl.at(-1)!.toFixed(0)} ms, update of one paragraph ${updates.at(-1)!.toFixed(0)} ms`,
    );
  }

  const machine = machineSummary(describeMachine());
  const date = new Date().toISOString();
  const midadMs = round(median(midad), 0);
  const curlMs = round(median(curl), 0);
  const updateMs = round(median(updates), 0);
  const ratio = round(midadMs / curlMs, 2);
  const entries: BenchmarkEntry[] = [
    {
      benchmark: 'publish',
      case: 'sequential curl: 10 uploads + the post',
      figure: curlMs,
      unit: 'ms',
      baseline: null,
      ratio: null,
      date,
      machine,
    },
    {
      benchmark: 'publish',
      case: `Midad outbox: ${words} words + ${IMAGES} images of ~500 KB`,
      figure: midadMs,
      unit: 'ms',
      baseline: { case: 'sequential curl: 10 uploads + the post', figure: curlMs },
      ratio,
      date,
      machine,
      target: { rule: 'figure / baseline <= 1.0', pass: ratio <= 1.0 },
    },
    {
      benchmark: 'publish',
      case: 'update of one paragraph (no image uploaded again)',
      figure: updateMs,
      unit: 'ms',
      baseline: null,
      ratio: null,
      date,
      machine,
    },
  ];
  const markdown = `## Publishing to WordPress (\`npm run bench:publish\`)

A ${words}-word Arabic article with ${IMAGES} PNG images of about 500 KB each (random noise, made by
the benchmark), published by the outbox to a local WordPress 6.1 (Debian's packages, \`php -S\`
with ${workers} workers, private MariaDB) as an editor: terms, uploads three at a time, the post
created with its marker, then the final status with the unmarked content. Beside it, the same
10 uploads and one post made one request after the other with \`/usr/bin/curl\`. Median of ${runs}
runs, each with new images. Machine: ${machine}. Run: ${date}.

| case | median | runs |
| --- | ---: | --- |
| sequential curl: 10 uploads + the post | ${curlMs} ms | ${curl.map((ms) => ms.toFixed(0)).join(', ')} |
| Midad outbox (enqueue → done) | ${midadMs} ms (${ratio}× curl; target ≤ 1.0×: ${ratio <= 1 ? 'met' : 'missed'}) | ${midad.map((ms) => ms.toFixed(0)).join(', ')} |
| update of one paragraph (conflict check + one update, no upload) | ${updateMs} ms | ${updates.map((ms) => ms.toFixed(0)).join(', ')} |

Midad makes more requests than curl (the categories read, the tag ensured, the post created as a
draft with its marker and then given its status and unmarked content); the parallel uploads
pay for them.
`;
  log(`median: Midad ${midadMs} ms, curl ${curlMs} ms (${ratio}×), update ${updateMs} ms`);
  if (!values['no-write'])
    await writeBenchmarkReport(
      { benchmark: 'publish', entries, markdown },
      path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../docs'),
    );
} finally {
  await wordpress.stop();
}
