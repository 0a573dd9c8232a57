// Bringing a story's pictures from its site into the local draft: only from the site's own
// origin (a second local server plays another host, and must never be asked), capped,
// sniffed, and kept only when the bytes are the picture the text names.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_MEDIA_BYTES, type RemotePost } from '../../../../../../electron/contract/index.ts';
import { sha256Hex } from '../../../../../../electron/services/drafts/media/media-store.ts';
import { mediaToken } from '../../../../../../electron/services/publish/outbox/post-plan.ts';
import { bringSitePictures } from '../../../../../../electron/services/publish/review/site-pictures.ts';
import { systemClock } from '../../../../../../electron/services/publish/wordpress/clock.ts';
import type { WordPressMedia } from '../../../../../../electron/services/publish/wordpress/wordpress-types.ts';
import { noisePng } from '../../../../../support/publish/png.ts';
import { bodyOf, freshDataDir, meta, openLibrary } from '../../drafts/library-fixture.ts';

/** A local HTTP server answering each path from a table, and remembering every path asked. */
async function fileServer(routes: Record<string, (response: ServerResponse) => void>) {
  const asked: string[] = [];
  const server: Server = createServer((request, response) => {
    asked.push(request.url ?? '');
    const route = routes[request.url ?? ''];
    if (route) route(response);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, asked, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const png = (seed: number) => noisePng(12, 10, seed);
const serve =
  (bytes: Uint8Array, type = 'image/png') =>
  (response: ServerResponse) =>
    response
      .writeHead(200, { 'content-type': type, 'content-length': String(bytes.length) })
      .end(bytes);

const pictures = {
  onSite: png(1),
  elsewhere: png(2),
  redirected: png(3),
  reencoded: png(4),
  html: png(5),
  huge: png(6),
  deleted: png(7),
};
const hashOf = (name: keyof typeof pictures) => sha256Hex(pictures[name]);

let site: Awaited<ReturnType<typeof fileServer>>;
let otherHost: Awaited<ReturnType<typeof fileServer>>;

beforeAll(async () => {
  otherHost = await fileServer({
    '/elsewhere.png': serve(pictures.elsewhere),
    '/redirected.png': serve(pictures.redirected),
  });
  site = await fileServer({
    '/wp-content/uploads/on-site.png': serve(pictures.onSite),
    '/wp-content/uploads/moved.png': (response) =>
      response.writeHead(302, { location: `${otherHost.url}/redirected.png` }).end(),
    '/wp-content/uploads/reencoded.png': serve(png(40)),
    '/wp-content/uploads/page.png': serve(
      new TextEncoder().encode('<html><body>not found</body></html>'),
      'text/html',
    ),
    '/wp-content/uploads/huge.png': (response) => {
      // No length announced: the cap must hold while reading.
      response.writeHead(200, { 'content-type': 'image/png' });
      response.write(pictures.huge);
      const chunk = Buffer.alloc(1024 * 1024);
      for (let sent = 0; sent <= MAX_MEDIA_BYTES; sent += chunk.length) response.write(chunk);
      response.end();
    },
  });
});
afterAll(async () => {
  await site?.close();
  await otherHost?.close();
});

function attachment(id: number, url: string): WordPressMedia {
  return { id, source_url: url, mime_type: 'image/png', alt_text: '' } as WordPressMedia;
}

/** The site's media search, by token: what each picture's attachment says its file's address is. */
function client() {
  const byToken = new Map<string, WordPressMedia[]>([
    [mediaToken(hashOf('onSite')), [attachment(11, `${site.url}/wp-content/uploads/on-site.png`)]],
    [mediaToken(hashOf('elsewhere')), [attachment(12, `${otherHost.url}/elsewhere.png`)]],
    [
      mediaToken(hashOf('redirected')),
      [attachment(13, `${site.url}/wp-content/uploads/moved.png`)],
    ],
    [
      mediaToken(hashOf('reencoded')),
      [attachment(14, `${site.url}/wp-content/uploads/reencoded.png`)],
    ],
    [mediaToken(hashOf('html')), [attachment(15, `${site.url}/wp-content/uploads/page.png`)]],
    [mediaToken(hashOf('huge')), [attachment(16, `${site.url}/wp-content/uploads/huge.png`)]],
  ]);
  return {
    findMediaByTokenAsReader: async (token: string) => byToken.get(token) ?? [],
    getMediaAsReader: async (): Promise<WordPressMedia> => {
      throw new Error('no image block in these drafts');
    },
  };
}

function imageNode(name: keyof typeof pictures) {
  return {
    type: 'image',
    version: 1,
    hash: hashOf(name),
    fileName: `${name}.png`,
    alt: '',
    caption: '',
  };
}

async function draftWith(names: (keyof typeof pictures)[]) {
  const library = await openLibrary(await freshDataDir());
  const body = bodyOf('نص المادة');
  (body.root as { children: unknown[] }).children.push(...names.map(imageNode));
  const draft = await library.create({ meta, body });
  const remote: RemotePost = {
    siteId: 'site-1',
    postId: 7,
    status: 'pending',
    link: `${site.url}/?p=7`,
    authorId: 3,
    modifiedGmt: '2026-12-01T10:00:00',
    sentUpdatedAt: draft.updatedAt,
    sentAt: '2026-12-01T10:00:00Z',
    media: {},
  };
  await library.setRemote(draft.id, 'site-1', remote);
  return { library, draftId: draft.id };
}

const world = (library: Awaited<ReturnType<typeof openLibrary>>) => ({
  drafts: library,
  fetch,
  clock: systemClock,
});

describe('bringing a story’s pictures from its site', () => {
  it('keeps the site’s file under the same hash with the same bytes, and remembers it is on the site', async () => {
    const { library, draftId } = await draftWith(['onSite']);
    const notBrought = await bringSitePictures(
      world(library),
      draftId,
      { id: 'site-1', url: site.url },
      client(),
    );
    expect(notBrought).toEqual([]);
    const file = await library.readMedia(draftId, hashOf('onSite'));
    expect(Buffer.from(file.bytes).equals(pictures.onSite)).toBe(true);
    expect((await library.open(draftId)).remote?.['site-1']?.media[hashOf('onSite')]).toEqual({
      mediaId: 11,
      url: `${site.url}/wp-content/uploads/on-site.png`,
    });
  });

  it('never asks another host, directly or through a redirect, and names those pictures', async () => {
    const { library, draftId } = await draftWith(['elsewhere', 'redirected', 'onSite']);
    const notBrought = await bringSitePictures(
      world(library),
      draftId,
      { id: 'site-1', url: site.url },
      client(),
    );
    expect(notBrought).toEqual([
      { hash: hashOf('elsewhere'), fileName: 'elsewhere.png', reason: 'other_origin' },
      { hash: hashOf('redirected'), fileName: 'redirected.png', reason: 'other_origin' },
    ]);
    expect(otherHost.asked).toEqual([]);
    expect((await library.listMedia(draftId)).map((file) => file.hash)).toEqual([hashOf('onSite')]);
  });

  it('does not take a different file, a page that is not an image, or one past the size cap, and leaves the text whole', async () => {
    const { library, draftId } = await draftWith(['reencoded', 'html', 'huge', 'deleted']);
    const before = (await library.open(draftId)).body;
    const notBrought = await bringSitePictures(
      world(library),
      draftId,
      { id: 'site-1', url: site.url },
      client(),
    );
    expect(notBrought.map((picture) => [picture.fileName, picture.reason])).toEqual([
      ['reencoded.png', 'changed_on_site'],
      ['html.png', 'not_an_image'],
      ['huge.png', 'too_large'],
      ['deleted.png', 'not_on_site'],
    ]);
    expect(await library.listMedia(draftId)).toEqual([]);
    const after = await library.open(draftId);
    expect(after.body).toEqual(before);
    expect(after.remote?.['site-1']?.media).toEqual({});
  });

  it('asks nothing of the site for pictures the draft already holds', async () => {
    const { library, draftId } = await draftWith(['onSite']);
    await library.addMedia(draftId, {
      fileName: 'onSite.png',
      mimeType: 'image/png',
      bytes: pictures.onSite,
    });
    const calls: string[] = [];
    const recorded = {
      ...client(),
      findMediaByTokenAsReader: async (token: string) => (calls.push(token), []),
    };
    expect(
      await bringSitePictures(world(library), draftId, { id: 'site-1', url: site.url }, recorded),
    ).toEqual([]);
    expect(calls).toEqual([]);
  });
});
