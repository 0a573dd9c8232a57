// The desktop app's fetch (Chromium's network stack behind net.request, here its stand-in
// over Node's http: tests/support/electron/net-request-stand-in.ts) against a real WordPress:
// the client finds the site, publishes and uploads an Arabic-named picture as with Node's.
import { describe, expect, it } from 'vitest';
import { chromiumFetch } from '../../electron/main/chromium-fetch.ts';
import { systemClock } from '../../electron/services/publish/wordpress/clock.ts';
import { discoverSite } from '../../electron/services/publish/wordpress/discovery.ts';
import { WordPressClient } from '../../electron/services/publish/wordpress/wordpress-client.ts';
import { WordPressHttp } from '../../electron/services/publish/wordpress/wordpress-http.ts';
import { standInNetRequest } from '../support/electron/net-request-stand-in.ts';
import { unavailable, useWordPress } from './wordpress-site.ts';

// The smallest valid JPEG GD accepts: 1×1 pixel.
const TINY_JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);

const desktopFetch = chromiumFetch(standInNetRequest());

describe.skipIf(unavailable)("WordPress through the desktop app's fetch", () => {
  const { site } = useWordPress({ permalinks: 'pretty', locale: 'ar' });

  it('finds the site, publishes a post and uploads a picture with an Arabic name', async () => {
    const found = await discoverSite(
      `${site().url}/`,
      new WordPressHttp({ fetch: desktopFetch, clock: systemClock }),
    );
    expect(found.restRoot).toBe(site().restRoot);
    const editor = site().users.editor;
    const client = new WordPressClient({
      restRoot: found.restRoot,
      credentials: { login: editor.login, appPassword: editor.appPassword },
      fetch: desktopFetch,
      clock: systemClock,
    });

    const post = await client.createPost({
      title: 'خبر عاجل',
      content: '<!-- wp:paragraph -->\n<p>نص الخبر</p>\n<!-- /wp:paragraph -->',
      status: 'draft',
    });
    expect((await client.getPost(post.id)).title.raw).toBe('خبر عاجل');

    const media = await client.uploadMedia({
      data: TINY_JPEG,
      fileName: 'صورة الغلاف.jpg',
      mimeType: 'image/jpeg',
    });
    expect(decodeURI(new URL(media.source_url).pathname)).toMatch(/\/صورة-الغلاف\.jpg$/);
  });
});
