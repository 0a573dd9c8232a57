// A phone photo with its GPS position, camera and a turned orientation, published to a real
// WordPress: the attachment the site serves carries none of it, stands upright and is capped.
// And the support log, after a publish and a refused one through browser mode, holds no
// application password, no browser-mode token and none of the article's words.
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import jpeg from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { articleMeta } from '../../common/document/article-content.ts';
import type { DraftContent, PublishJob, Site } from '../../electron/contract/index.ts';
import { LOG_FILE_NAME, logsFolder } from '../../electron/services/logging/support-log.ts';
import { article, paragraph } from '../fixtures/wordpress/lexical-article.ts';
import {
  CAMERA_PHOTO,
  metadataTraces,
  redQuartersOf,
} from '../support/pictures/metadata-traces.ts';
import {
  imageNode,
  publishFixture,
  siteReader,
  waitForJob,
} from '../support/publish/publish-fixture.ts';
import { startWebHostProcess, type RunningWebHost } from '../support/web-host-process.ts';
import { unavailable, useWordPress } from './wordpress-site.ts';

const ARTICLE_WORDS = 'شهود عيان في ساحة الشهداء يروون ما جرى ليلة الاحتجاج';

/** The story, with the photo once its file is in the draft (a picture with no file is refused at the door). */
function storyWith(photoHash: string | null): DraftContent {
  const body = article(paragraph(ARTICLE_WORDS)) as unknown as DraftContent['body'];
  if (photoHash !== null)
    (body.root.children as unknown[]).push(
      imageNode(photoHash, 'المحتجون في الساحة', 'الساحة مساء الأحد'),
    );
  return {
    meta: articleMeta({ headline: 'ليلة الاحتجاج في ساحة الشهداء' }),
    body,
  };
}

/** A contract call over browser mode's HTTP bridge, with the run's token, as renderer/bridge.ts makes it. */
async function callHost<T>(host: RunningWebHost, methodName: string, args: unknown[]): Promise<T> {
  const response = await fetch(`${host.origin}/api/${encodeURIComponent(methodName)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-midad-token': host.token },
    body: JSON.stringify(args),
  });
  const envelope = (await response.json()) as
    { ok: true; value: T } | { ok: false; error: { code: string } };
  if (!envelope.ok) throw new Error(`${methodName}: ${envelope.error.code}`);
  return envelope.value;
}

async function jobEnd(host: RunningWebHost, jobId: string): Promise<PublishJob> {
  for (let tries = 0; tries < 600; tries += 1) {
    const job = (await callHost<PublishJob[]>(host, 'publish.jobs', [])).find(
      (each) => each.id === jobId,
    );
    if (job && ['done', 'failed', 'conflict'].includes(job.state.state)) return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`job ${jobId} did not end`);
}

describe.skipIf(unavailable)('a phone photo published to a real WordPress', () => {
  const { site } = useWordPress({ permalinks: 'pretty', locale: 'ar' });

  it('reaches the site without its GPS position, camera, XMP or IPTC fields, upright and no larger than the cap', async () => {
    const fx = await publishFixture(site(), 'editor');
    const draftId = await fx.createDraft({
      meta: storyWith(null).meta,
      body: storyWith(null).body,
    });
    const hash = await fx.media.add(draftId, CAMERA_PHOTO, 'الساحة.jpg', 'image/jpeg');
    await fx.library.save(draftId, storyWith(hash));
    const outbox = fx.outbox({ pictureRules: () => ({ maxLongSide: 200, keepCredit: false }) });
    await outbox.start();
    const job = await outbox.enqueue(draftId, fx.site.id, { action: 'draft' });
    const done = await waitForJob(outbox, job.id, ['done', 'failed', 'conflict']);
    await outbox.stop();
    expect(done.state.state).toBe('done');

    const remote = (await fx.library.open(draftId)).remote?.[fx.site.id];
    const media = (
      await siteReader(site()).get(`wp/v2/media/${remote!.media[hash]!.mediaId}`, {
        context: 'edit',
      })
    ).body as { source_url: string };
    const served = new Uint8Array(await (await fetch(media.source_url)).arrayBuffer());
    expect(metadataTraces(served)).toEqual([]);
    const { width, height } = jpeg.decode(served, { useTArray: true });
    // Stored 320×240 and marked "turn 90° clockwise": upright it is 240×320, capped to 150×200.
    expect([width, height]).toEqual([150, 200]);
    // Turned the right way, not only swapped: the red quarter stored top-left stands top-right.
    expect(redQuartersOf(served)).toEqual(['top-right']);
    expect(redQuartersOf(CAMERA_PHOTO)).toEqual(['top-left']);
    // The draft keeps the original.
    expect(new Uint8Array(await readFile((await fx.media.list(draftId))[0]!.path))).toEqual(
      CAMERA_PHOTO,
    );
  });

  it('leaves a support log, after a publish and a refused one through browser mode, that records both without the application password, the token or the article', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'midad-support-log-'));
    const host = await startWebHostProcess(dataDir);
    const { editor, contributor } = site().users;
    try {
      const story = async () => {
        const draft = await callHost<{ id: string }>(host, 'drafts.create', [storyWith(null)]);
        const photo = await callHost<{ hash: string }>(host, 'drafts.addMedia', [
          draft.id,
          {
            fileName: 'الساحة.jpg',
            mimeType: 'image/jpeg',
            dataBase64: Buffer.from(CAMERA_PHOTO).toString('base64'),
          },
        ]);
        await callHost(host, 'drafts.save', [draft.id, storyWith(photo.hash)]);
        return draft.id;
      };
      const editorSite = await callHost<Site>(host, 'sites.add', [
        { url: site().url, login: editor.login, appPassword: editor.appPassword },
      ]);
      const published = await callHost<PublishJob>(host, 'publish.enqueue', [
        await story(),
        editorSite.id,
        { action: 'publish' },
      ]);
      expect((await jobEnd(host, published.id)).state.state).toBe('done');
      // A contributor may not publish: WordPress refuses, and the job fails with its code.
      const contributorSite = await callHost<Site>(host, 'sites.add', [
        { url: site().url, login: contributor.login, appPassword: contributor.appPassword },
      ]);
      const refused = await callHost<PublishJob>(host, 'publish.enqueue', [
        await story(),
        contributorSite.id,
        { action: 'publish' },
      ]);
      expect((await jobEnd(host, refused.id)).state.state).not.toBe('done');
    } finally {
      await host.stop();
    }

    const log = await readFile(path.join(logsFolder(dataDir), LOG_FILE_NAME), 'utf8');
    const events = log
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { event: string; state?: string });
    expect(events.map((each) => each.event)).toContain('host.started');
    // The built host cleaned the pictures on its worker thread, not on its own for want of one.
    expect(log).not.toContain('pictures.worker');
    expect(events.filter((each) => each.event === 'publish.job').map((each) => each.state)).toEqual(
      expect.arrayContaining(['done', 'failed']),
    );
    for (const secret of [
      editor.appPassword,
      editor.appPassword.replaceAll(' ', ''),
      contributor.appPassword,
      host.token,
    ])
      expect(log).not.toContain(secret);
    for (const word of ARTICLE_WORDS.split(' ').filter((each) => each.length > 3))
      expect(log).not.toContain(word);
    expect(log).not.toContain('ليلة الاحتجاج');
  });
});
