// A site with plain permalinks: /wp-json/ answers its HTML home page with 200, so the
// REST API is reached through ?rest_route= only.
import { describe, expect, it } from 'vitest';
import { systemClock } from '../../electron/services/publish/wordpress/clock.ts';
import { discoverSite } from '../../electron/services/publish/wordpress/discovery.ts';
import { WordPressError } from '../../electron/services/publish/wordpress/wordpress-error.ts';
import { WordPressClient } from '../../electron/services/publish/wordpress/wordpress-client.ts';
import { WordPressHttp } from '../../electron/services/publish/wordpress/wordpress-http.ts';
import { clientAs, unavailable, useWordPress } from './wordpress-site.ts';

const http = new WordPressHttp({ fetch, clock: systemClock, timeoutMs: 10_000 });

describe.skipIf(unavailable)('a WordPress site with plain permalinks', () => {
  const { site } = useWordPress({ permalinks: 'plain', locale: 'ar' });

  it('is found at index.php?rest_route=/ from the Link header', async () => {
    expect((await discoverSite(site().url, http)).restRoot).toBe(
      `${site().url}/index.php?rest_route=/`,
    );
  });

  it('answers /wp-json/ with an HTML page, which the client reports as not JSON', async () => {
    const client = new WordPressClient({
      restRoot: `${site().url}/wp-json/`,
      credentials: { login: 'editor', appPassword: site().users.editor.appPassword },
      fetch,
      clock: systemClock,
    });
    const error = await client.verifyCredentials().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WordPressError);
    expect(error).toMatchObject({ code: 'wordpress.not_json', status: 200 });
  });

  it('works through ?rest_route=: credentials, categories, a draft read back with context=edit', async () => {
    const editor = clientAs(site(), 'editor');
    expect((await editor.verifyCredentials()).roles).toEqual(['editor']);
    expect((await editor.listTerms('categories')).map((term) => term.name)).toEqual(
      expect.arrayContaining(['سياسة']),
    );
    const content = '<!-- wp:paragraph -->\n<p>نص عربي</p>\n<!-- /wp:paragraph -->';
    const created = await editor.createPost({ title: 'عنوان', content, status: 'draft' });
    expect((await editor.getPost(created.id)).content.raw).toBe(content);
  });
});
