// The desk sees the reporter's pictures, and the reporter the desk's, against a real
// WordPress 6.1 with midad-bridge: a story that comes from the site brings each picture's
// file into the local draft, the same bytes under the same hash, and a picture deleted on
// the site leaves the text whole and is named.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { articleMeta } from '../../common/document/article-content.ts';
import type { DraftContent } from '../../electron/contract/index.ts';
import { openFromDesk } from '../../electron/services/publish/desk/desk-open.ts';
import { answerFromDesk } from '../../electron/services/publish/desk/hand-over.ts';
import { mediaToken } from '../../electron/services/publish/outbox/post-plan.ts';
import { article, paragraph } from '../fixtures/wordpress/lexical-article.ts';
import { noisePng } from '../support/publish/png.ts';
import {
  deskWorld,
  imageNode,
  publishFixture,
  runOutboxJob,
  siteReader,
  waitForJob,
  type PublishFixture,
} from '../support/publish/publish-fixture.ts';
import type { RunningWordPress } from '../support/wordpress/start-wordpress.ts';
import { unavailable, useWordPress } from './wordpress-site.ts';
import { CAMERA_PHOTO, metadataTraces } from '../support/pictures/metadata-traces.ts';

const meta = (headline: string) => articleMeta({ headline });

interface Picture {
  hash: string;
  bytes: Buffer;
  fileName: string;
}

let seed = 900;

/** A picture kept where each side's outbox reads its files. */
async function pictureOf(fx: PublishFixture, draftId: string, fileName: string): Promise<Picture> {
  const bytes = noisePng(30, 20, (seed += 1));
  return { hash: await fx.media.add(draftId, bytes, fileName, 'image/png'), bytes, fileName };
}

function bodyWith(pictures: readonly Picture[]): DraftContent['body'] {
  const state = article(
    paragraph('افتُتح الجسر الجديد صباح اليوم.'),
    paragraph('وحضر الافتتاح مئات من سكان المدينة.'),
  );
  const nodes = pictures.map((picture, i) => ({
    ...imageNode(picture.hash, `بديل ${i}`, `تعليق ${i}`),
    fileName: picture.fileName,
  }));
  (state.root.children as unknown[]).splice(1, 0, ...nodes);
  return state as unknown as DraftContent['body'];
}

async function storyWith(fx: PublishFixture, headline: string, fileNames: string[]) {
  const draft = await fx.library.create({ meta: meta(headline), body: bodyWith([]) });
  const pictures: Picture[] = [];
  for (const fileName of fileNames) pictures.push(await pictureOf(fx, draft.id, fileName));
  await fx.library.save(draft.id, { meta: meta(headline), body: bodyWith(pictures) });
  return { draftId: draft.id, pictures };
}

function withFirstSentence(body: DraftContent['body'], sentence: string): DraftContent['body'] {
  return JSON.parse(
    JSON.stringify(body).replace(
      JSON.stringify('افتُتح الجسر الجديد صباح اليوم.'),
      JSON.stringify(sentence),
    ),
  ) as DraftContent['body'];
}

/** The draft's image files, by hash, as the editor would show them. */
async function filesOf(fx: PublishFixture, draftId: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await fx.library.listMedia(draftId))
    files.set(entry.hash, Buffer.from((await fx.library.readMedia(draftId, entry.hash)).bytes));
  return files;
}

function expectHolds(files: Map<string, Buffer>, pictures: readonly Picture[]) {
  expect([...files.keys()].sort()).toEqual(pictures.map((picture) => picture.hash).sort());
  for (const picture of pictures) expect(files.get(picture.hash)?.equals(picture.bytes)).toBe(true);
}

const attachmentsOf = async (wordpress: RunningWordPress, hash: string) =>
  (await siteReader(wordpress).get('wp/v2/media', { search: mediaToken(hash), per_page: '100' }))
    .body as { id: number }[];

describe.skipIf(unavailable)(
  'the pictures of a story travel between the reporter and the desk',
  () => {
    const { site } = useWordPress({ permalinks: 'pretty', locale: 'ar', midadBridge: true });

    it('the desk opens the reporter’s two pictures, the reporter gets the desk’s, and a re-open brings the reporter’s third', async () => {
      const reporter = await publishFixture(site(), 'contributor');
      const { draftId, pictures } = await storyWith(reporter, 'جسر جديد وصوره على المكتب', [
        'الجسر من النهر.png',
        'الحضور.png',
      ]);
      const postId = await runOutboxJob(reporter, draftId, 'pending');

      const desk = await publishFixture(site(), 'editor');
      const opened = await openFromDesk(deskWorld(desk), desk.site.id, postId);
      expect(opened.picturesNotBrought).toBeUndefined();
      expectHolds(await filesOf(desk, opened.id), pictures);

      // The desk adds a picture of its own and sends the story back.
      const desksPicture = await pictureOf(desk, opened.id, 'من أرشيف المكتب.png');
      await desk.library.addMedia(opened.id, {
        fileName: desksPicture.fileName,
        mimeType: 'image/png',
        bytes: desksPicture.bytes,
      });
      await desk.library.save(opened.id, {
        meta: opened.meta,
        body: bodyWith([...pictures, desksPicture]),
      });
      await runOutboxJob(desk, opened.id, 'draft');
      for (const picture of pictures)
        expect(await attachmentsOf(site(), picture.hash)).toHaveLength(1);

      const answer = await answerFromDesk(deskWorld(reporter), draftId);
      expect(answer.took).toBe('document');
      expect(answer.picturesNotBrought).toBeUndefined();
      expect(
        (await filesOf(reporter, draftId)).get(desksPicture.hash)?.equals(desksPicture.bytes),
      ).toBe(true);

      // The reporter adds a third picture and sends the story again.
      const third = await pictureOf(reporter, draftId, 'الجسر ليلًا.png');
      await reporter.library.save(draftId, {
        meta: answer.draft.meta,
        body: bodyWith([...pictures, desksPicture, third]),
      });
      await runOutboxJob(reporter, draftId, 'pending');

      const again = await openFromDesk(deskWorld(desk), desk.site.id, postId);
      expect(again.id).toBe(opened.id);
      expect(again.fromSite?.outcome).toBe('took_site');
      expect(again.picturesNotBrought).toBeUndefined();

      expectHolds(await filesOf(desk, opened.id), [...pictures, desksPicture, third]);
      // Every picture was uploaded once, whoever holds its file now.
      for (const picture of [...pictures, desksPicture, third])
        expect(await attachmentsOf(site(), picture.hash)).toHaveLength(1);
    });

    it('a phone photo, cleaned of its metadata on its way to the site, reaches the desk as the very file the desk’s text names', async () => {
      const reporter = await publishFixture(site(), 'contributor');
      const headline = 'صورة من هاتف المراسل';
      const draft = await reporter.library.create({ meta: meta(headline), body: bodyWith([]) });
      const original = Buffer.from(CAMERA_PHOTO);
      const photo = {
        hash: await reporter.media.add(draft.id, original, 'الساحة.jpg', 'image/jpeg'),
        bytes: original,
        fileName: 'الساحة.jpg',
      };
      await reporter.library.save(draft.id, { meta: meta(headline), body: bodyWith([photo]) });
      const postId = await runOutboxJob(reporter, draft.id, 'pending');

      const desk = await publishFixture(site(), 'editor');
      const opened = await openFromDesk(deskWorld(desk), desk.site.id, postId);
      expect(opened.picturesNotBrought).toBeUndefined();
      const named = JSON.stringify(opened.body).match(/"hash":"([0-9a-f]{64})"/u)![1]!;
      // The site holds the cleaned photo, not the reporter's original; the desk's text names what it holds.
      expect(named).not.toBe(photo.hash);
      const held = await filesOf(desk, opened.id);
      expect([...held.keys()]).toEqual([named]);
      expect(createHash('sha256').update(held.get(named)!).digest('hex')).toBe(named);
      expect(metadataTraces(held.get(named)!)).toEqual([]);
      // The reporter's own draft keeps his original.
      expect(JSON.stringify((await reporter.library.open(draft.id)).body)).toContain(photo.hash);
    });

    it('keeping the site’s version over unsent work brings the picture the reporter added with it', async () => {
      const reporter = await publishFixture(site(), 'contributor');
      const { draftId, pictures } = await storyWith(reporter, 'جسر والمكتب يبقي نسخة الموقع', [
        'الجسر من النهر.png',
      ]);
      const postId = await runOutboxJob(reporter, draftId, 'pending');
      const desk = await publishFixture(site(), 'editor');
      const opened = await openFromDesk(deskWorld(desk), desk.site.id, postId);
      await runOutboxJob(desk, opened.id, 'draft');
      // The desk goes on with the first sentence, unsent; the reporter rewrites it and adds a picture.
      await desk.library.save(opened.id, {
        meta: opened.meta,
        body: withFirstSentence(bodyWith(pictures), 'افتُتح الجسر صباح اليوم بحضور الوزير.'),
      });
      await answerFromDesk(deskWorld(reporter), draftId);
      const added = await pictureOf(reporter, draftId, 'الوزير على الجسر.png');
      await reporter.library.save(draftId, {
        meta: meta('جسر والمكتب يبقي نسخة الموقع'),
        body: withFirstSentence(bodyWith([...pictures, added]), 'افتُتح الجسر الجديد فجر اليوم.'),
      });
      await runOutboxJob(reporter, draftId, 'pending');

      const outbox = desk.outbox();
      await outbox.start();
      const stopped = await waitForJob(
        outbox,
        (await outbox.enqueue(opened.id, desk.site.id, { action: 'pending' })).id,
        ['done', 'failed', 'conflict'],
      );
      expect(stopped.state).toMatchObject({ state: 'conflict' });
      const kept = await outbox.resolveConflict(stopped.id, 'keep_theirs');
      await outbox.stop();
      expect(kept.state).toMatchObject({ state: 'done' });
      expect(kept.state).not.toHaveProperty('picturesNotBrought');
      expect(JSON.stringify((await desk.library.open(opened.id)).body)).toContain(
        'افتُتح الجسر الجديد فجر اليوم.',
      );
      expectHolds(await filesOf(desk, opened.id), [...pictures, added]);
    });

    it('a picture whose attachment was deleted on the site leaves the text whole and is named', async () => {
      const reporter = await publishFixture(site(), 'contributor');
      const { draftId, pictures } = await storyWith(reporter, 'جسر وصورة حُذفت من الموقع', [
        'ستُحذف.png',
        'تبقى.png',
      ]);
      const postId = await runOutboxJob(reporter, draftId, 'pending');
      const [deleted] = await attachmentsOf(site(), pictures[0]!.hash);
      const { login, appPassword } = site().users.admin;
      const removal = await fetch(`${site().restRoot}wp/v2/media/${deleted!.id}?force=true`, {
        method: 'DELETE',
        headers: {
          authorization: `Basic ${Buffer.from(`${login}:${appPassword}`).toString('base64')}`,
        },
      });
      expect(removal.status).toBe(200);

      const desk = await publishFixture(site(), 'editor');
      const opened = await openFromDesk(deskWorld(desk), desk.site.id, postId);
      expect(opened.picturesNotBrought).toEqual([
        { hash: pictures[0]!.hash, fileName: 'ستُحذف.png', reason: 'not_on_site' },
      ]);
      expectHolds(await filesOf(desk, opened.id), [pictures[1]!]);
      const images = (
        opened.body.root as { children: { type: string; hash?: string }[] }
      ).children.filter((node) => node.type === 'image');
      expect(images.map((node) => node.hash)).toEqual(pictures.map((picture) => picture.hash));
      expect(JSON.stringify(opened.body)).toContain('وحضر الافتتاح مئات من سكان المدينة.');
    });

    it('a post written in wp-admin shows its image blocks’ pictures on the desk, kept as they are on the site', async () => {
      const { login, appPassword } = site().users.admin;
      const authorization = `Basic ${Buffer.from(`${login}:${appPassword}`).toString('base64')}`;
      const bytes = noisePng(40, 30, (seed += 1));
      const upload = await fetch(`${site().restRoot}wp/v2/media`, {
        method: 'POST',
        headers: {
          authorization,
          'content-type': 'image/png',
          'content-disposition': 'attachment; filename="bridge-admin.png"',
        },
        body: new Uint8Array(bytes),
      });
      const media = (await upload.json()) as { id: number; source_url: string };
      const block = (id: number, url: string) =>
        `<!-- wp:image {"id":${id},"sizeSlug":"full","linkDestination":"none"} -->\n<figure class="wp-block-image size-full"><img src="${url}" alt="" class="wp-image-${id}"/></figure>\n<!-- /wp:image -->`;
      const content = `<!-- wp:paragraph -->\n<p>كتبها المحرر في لوحة ووردبريس.</p>\n<!-- /wp:paragraph -->\n\n${block(media.id, media.source_url)}\n\n${block(99999, `${site().url}/wp-content/uploads/gone.png`)}`;
      const created = await fetch(`${site().restRoot}wp/v2/posts`, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json' },
        body: JSON.stringify({
          title: 'مادة من لوحة ووردبريس بصورة',
          content,
          status: 'pending',
          author: site().users.contributor.id,
        }),
      });
      const postId = ((await created.json()) as { id: number }).id;

      const desk = await publishFixture(site(), 'editor');
      const opened = await openFromDesk(deskWorld(desk), desk.site.id, postId);
      const hash = createHash('sha256').update(bytes).digest('hex');
      expect((await filesOf(desk, opened.id)).get(hash)?.equals(bytes)).toBe(true);
      expect(opened.remote?.[desk.site.id]?.media[hash]).toEqual({
        mediaId: media.id,
        url: media.source_url,
      });
      expect(opened.picturesNotBrought).toEqual([
        { hash: null, fileName: 'gone.png', reason: 'not_on_site' },
      ]);
      // The blocks stay exactly as the site holds them.
      const kept = (
        opened.body.root as { children: { type: string; source?: string }[] }
      ).children.filter((node) => node.type === 'protected-block');
      expect(kept.map((node) => node.source)).toEqual([
        block(media.id, media.source_url),
        block(99999, `${site().url}/wp-content/uploads/gone.png`),
      ]);
    });
  },
);
