// The midad-bridge plugin's upload rule on a real WordPress: a contributor uploads images
// to his own unpublished posts and to nothing else; without the plugin he uploads nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunningWordPress } from '../support/wordpress/start-wordpress.ts';
import { contentDisposition } from '../../electron/services/publish/wordpress/wordpress-client.ts';
import { noisePng } from '../support/publish/png.ts';
import { unavailable, useWordPress } from './wordpress-site.ts';

type Caller = { login: string; appPassword: string };

interface Answer {
  status: number;
  body: {
    id?: number;
    code?: string;
    post?: number;
    author?: number;
    data?: Record<string, unknown>;
  } & Record<string, unknown>;
}

function authorization(caller: Caller): string {
  return `Basic ${Buffer.from(`${caller.login}:${caller.appPassword}`).toString('base64')}`;
}

async function rest(
  site: RunningWordPress,
  caller: Caller,
  route: string,
  json?: unknown,
): Promise<Answer> {
  const response = await fetch(`${site.restRoot}${route}`, {
    method: json === undefined ? 'GET' : 'POST',
    headers: {
      authorization: authorization(caller),
      ...(json === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: json === undefined ? undefined : JSON.stringify(json),
    signal: AbortSignal.timeout(20_000),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

/** A raw-body upload as Midad sends it; `post` names the post the image belongs to. */
async function upload(
  site: RunningWordPress,
  caller: Caller,
  file: { bytes: Buffer; name: string; type: string },
  post?: number,
): Promise<Answer> {
  const query = post === undefined ? '' : `?post=${post}`;
  const response = await fetch(`${site.restRoot}wp/v2/media${query}`, {
    method: 'POST',
    headers: {
      authorization: authorization(caller),
      'content-type': file.type,
      'content-disposition': contentDisposition(file.name),
    },
    body: new Uint8Array(file.bytes),
    signal: AbortSignal.timeout(30_000),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

/** A real PNG padded to exactly `bytes` bytes (image readers stop at IEND). */
function pngOfExactly(bytes: number): Buffer {
  const image = noisePng(8, 8, 7);
  return Buffer.concat([image, Buffer.alloc(bytes - image.length)]);
}

const photo = () => ({ bytes: noisePng(16, 12, 3), name: 'صورة-المؤتمر.png', type: 'image/png' });

describe.skipIf(unavailable)(
  'a contributor uploading pictures with the midad-bridge plugin',
  () => {
    const { site } = useWordPress({ permalinks: 'pretty', locale: 'ar', midadBridge: true });
    const reporter = () => site().users.contributor;
    const otherReporter = () => site().users.author;
    const deskChief = () => site().users.admin;
    let maxBytes = 0;

    beforeAll(async () => {
      if (unavailable) return;
      const status = await rest(site(), reporter(), 'midad-bridge/v1/status');
      maxBytes = (status.body.contributorUploads as { maxBytes: number }).maxBytes;
    });

    async function storyBy(caller: Caller, status: 'draft' | 'pending'): Promise<number> {
      const created = await rest(site(), caller, 'wp/v2/posts', {
        title: 'خبر بالصور',
        content: 'نص',
        status,
      });
      expect(created.status).toBe(201);
      return created.body.id!;
    }

    const mediaCount = async () => {
      const response = await fetch(`${site().restRoot}wp/v2/media?per_page=1`, {
        headers: { authorization: authorization(deskChief()) },
      });
      return Number(response.headers.get('x-wp-total'));
    };

    it('tells the app how large a picture a contributor may upload: the cap, or the site limit when lower', async () => {
      expect(maxBytes).toBeGreaterThan(0);
      expect(maxBytes).toBeLessThanOrEqual(10 * 1024 * 1024);
    });

    it('lets a contributor upload an image to his own draft and to his own story waiting at the desk', async () => {
      for (const status of ['draft', 'pending'] as const) {
        const postId = await storyBy(reporter(), status);
        const uploaded = await upload(site(), reporter(), photo(), postId);
        expect(uploaded).toMatchObject({
          status: 201,
          body: { post: postId, author: reporter().id, mime_type: 'image/png' },
        });
      }
    });

    it('lets the contributor find his upload again, as a retry does', async () => {
      const postId = await storyBy(reporter(), 'draft');
      const uploaded = await upload(site(), reporter(), photo(), postId);
      const found = await rest(site(), reporter(), `wp/v2/media/${uploaded.body.id}?context=edit`);
      expect(found).toMatchObject({ status: 200, body: { id: uploaded.body.id, post: postId } });
    });

    it('leaves a visitor to WordPress, which asks him to sign in', async () => {
      const postId = await storyBy(reporter(), 'draft');
      const response = await fetch(`${site().restRoot}wp/v2/media?post=${postId}`, {
        method: 'POST',
        headers: {
          'content-type': 'image/png',
          'content-disposition': contentDisposition('صورة.png'),
        },
        body: new Uint8Array(photo().bytes),
      });
      expect(response.status).toBe(401);
      expect(((await response.json()) as { code: string }).code).toBe('rest_cannot_create');
    });

    it('refuses an upload that names no post, and keeps nothing', async () => {
      const before = await mediaCount();
      expect(await upload(site(), reporter(), photo())).toMatchObject({
        status: 403,
        body: { code: 'midad_upload_needs_post' },
      });
      expect(await mediaCount()).toBe(before);
    });

    it("refuses an upload to another user's post, draft or not", async () => {
      const theirs = await storyBy(otherReporter(), 'draft');
      expect(await upload(site(), reporter(), photo(), theirs)).toMatchObject({
        status: 403,
        body: { code: 'midad_upload_not_own_post' },
      });
      expect(await upload(site(), reporter(), photo(), 999_999)).toMatchObject({
        status: 403,
        body: { code: 'midad_upload_not_own_post' },
      });
    });

    it('refuses an upload to his story once the desk has published it', async () => {
      const postId = await storyBy(reporter(), 'pending');
      expect(
        (await rest(site(), deskChief(), `wp/v2/posts/${postId}`, { status: 'publish' })).status,
      ).toBe(200);
      expect(await upload(site(), reporter(), photo(), postId)).toMatchObject({
        status: 403,
        body: { code: 'midad_upload_post_published' },
      });
    });

    it('refuses what is not a JPEG, PNG, GIF or WebP, whatever its name says', async () => {
      const postId = await storyBy(reporter(), 'draft');
      const impostors = [
        { bytes: Buffer.from('نص عادي وليس صورة'), name: 'ملاحظات.txt', type: 'text/plain' },
        { bytes: Buffer.from('<?php echo "pwned"; ?>'), name: 'shell.png', type: 'image/png' },
        {
          bytes: Buffer.from(
            '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
          ),
          name: 'logo.png',
          type: 'image/png',
        },
        {
          bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
          name: 'logo.svg',
          type: 'image/svg+xml',
        },
        // A real image named as a script is refused too: WordPress would keep the name.
        { bytes: noisePng(4, 4, 1), name: 'image.php', type: 'image/png' },
      ];
      const before = await mediaCount();
      for (const impostor of impostors) {
        expect(await upload(site(), reporter(), impostor, postId)).toMatchObject({
          status: 415,
          body: { code: 'midad_upload_not_image' },
        });
      }
      expect(await mediaCount()).toBe(before);
    });

    it('accepts an image of exactly the cap and refuses one byte more', async () => {
      const postId = await storyBy(reporter(), 'draft');
      expect(
        (
          await upload(
            site(),
            reporter(),
            { bytes: pngOfExactly(maxBytes), name: 'كبيرة.png', type: 'image/png' },
            postId,
          )
        ).status,
      ).toBe(201);
      const refused = await upload(
        site(),
        reporter(),
        { bytes: pngOfExactly(maxBytes + 1), name: 'أكبر.png', type: 'image/png' },
        postId,
      );
      expect(refused).toMatchObject({
        status: 413,
        body: {
          code: 'midad_upload_too_large',
          data: { bytes: maxBytes + 1, max_bytes: maxBytes },
        },
      });
    });

    it('widens nothing else: after his upload the contributor still may not upload without a post, nor edit the media library', async () => {
      const postId = await storyBy(reporter(), 'draft');
      const uploaded = await upload(site(), reporter(), photo(), postId);
      expect(uploaded.status).toBe(201);
      const me = await rest(site(), reporter(), 'wp/v2/users/me?context=edit');
      expect((me.body.capabilities as Record<string, boolean>).upload_files).toBeUndefined();
      const someoneElses = await upload(site(), deskChief(), photo());
      const edit = await rest(site(), reporter(), `wp/v2/media/${someoneElses.body.id}`, {
        caption: 'تعديل',
      });
      expect(edit.status).toBe(403);
    });

    it('lets no contributor upload once the plugin is deactivated', async () => {
      const postId = await storyBy(reporter(), 'draft');
      const deactivated = await rest(
        site(),
        deskChief(),
        'wp/v2/plugins/midad-bridge/midad-bridge',
        { status: 'inactive' },
      );
      expect(deactivated).toMatchObject({ status: 200, body: { status: 'inactive' } });
      try {
        // WordPress's own refusal: a contributor may not create attachments (upload_files).
        expect(await upload(site(), reporter(), photo(), postId)).toMatchObject({
          status: 403,
          body: { code: 'rest_cannot_create' },
        });
      } finally {
        await rest(site(), deskChief(), 'wp/v2/plugins/midad-bridge/midad-bridge', {
          status: 'active',
        });
      }
    });
  },
);
