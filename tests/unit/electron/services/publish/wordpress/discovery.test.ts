import { describe, expect, it } from 'vitest';
import {
  apiRootFromLinkHeader,
  discoverSite,
  normalizeSiteUrl,
} from '../../../../../../electron/services/publish/wordpress/discovery.ts';
import { WordPressHttp } from '../../../../../../electron/services/publish/wordpress/wordpress-http.ts';
import { fakeFetch, manualClock, WORDPRESS_INDEX } from './fake-site.ts';

describe('the API root in a Link header', () => {
  it('is the link whose rel is https://api.w.org/, among others', () => {
    const header =
      '<https://news.example/wp-json/>; rel="https://api.w.org/", <https://news.example/wp-json/wp/v2/pages/2>; rel="alternate"; type="application/json", <https://news.example/?p=2>; rel=shortlink';
    expect(apiRootFromLinkHeader(header, 'https://news.example/')).toBe(
      'https://news.example/wp-json/',
    );
  });

  it('is made absolute, and plain permalinks give the rest_route form', () => {
    expect(
      apiRootFromLinkHeader(
        '</index.php?rest_route=/>; rel="https://api.w.org/"',
        'http://127.0.0.1:8090/',
      ),
    ).toBe('http://127.0.0.1:8090/index.php?rest_route=/');
  });

  it('is absent from other headers', () => {
    expect(
      apiRootFromLinkHeader('<https://news.example/?p=2>; rel=shortlink', 'https://news.example/'),
    ).toBeNull();
    expect(apiRootFromLinkHeader(null, 'https://news.example/')).toBeNull();
  });
});

describe('the address a user types', () => {
  it('gets https:// when it has no scheme, and a trailing slash', () => {
    expect(normalizeSiteUrl(' news.example/ar ').href).toBe('https://news.example/ar/');
    expect(normalizeSiteUrl('http://127.0.0.1:8089').href).toBe('http://127.0.0.1:8089/');
  });

  it('refuses what is not a web address, and credentials in it', () => {
    for (const typed of [
      'ftp://news.example',
      'https://',
      'https://user:pass@news.example',
      'http://exa mple.com',
    ]) {
      expect(() => normalizeSiteUrl(typed), typed).toThrow(
        expect.objectContaining({ code: 'sites.invalid_url' }),
      );
    }
  });
});

describe('finding a site', () => {
  const http = (fetch: typeof globalThis.fetch) =>
    new WordPressHttp({ fetch, clock: manualClock() });

  it('follows the Link header of the home page', async () => {
    const { fetch } = fakeFetch({
      'https://news.example/': {
        html: '<html></html>',
        headers: { link: '<https://news.example/wp-json/>; rel="https://api.w.org/"' },
      },
      'https://news.example/wp-json/': { json: WORDPRESS_INDEX },
    });
    expect(await discoverSite('news.example', http(fetch))).toEqual({
      restRoot: 'https://news.example/wp-json/',
      home: 'https://news.example',
      name: 'جريدة',
      applicationPasswords: true,
      timezone: 'Asia/Riyadh',
      gmtOffset: 3,
    });
  });

  it('without a Link header, passes over a /wp-json/ that answers HTML and falls back to ?rest_route=', async () => {
    const { fetch, seen } = fakeFetch({
      'https://news.example/': { html: '<html></html>' },
      'https://news.example/wp-json/': { html: '<html>home page</html>' },
      'https://news.example/index.php?rest_route=/': { json: WORDPRESS_INDEX },
    });
    expect((await discoverSite('https://news.example', http(fetch))).restRoot).toBe(
      'https://news.example/index.php?rest_route=/',
    );
    expect(seen.map((request) => request.url)).toEqual([
      'https://news.example/',
      'https://news.example/wp-json/',
      'https://news.example/index.php?rest_route=/',
    ]);
  });

  it('a site that is not WordPress says so', async () => {
    const { fetch } = fakeFetch({
      'https://shop.example/': { html: '<html></html>' },
      'https://shop.example/wp-json/': { json: { hello: 'world' } },
    });
    await expect(discoverSite('https://shop.example', http(fetch))).rejects.toMatchObject({
      code: 'wordpress.not_wordpress',
    });
  });

  it('a site without application passwords is found, and says so', async () => {
    const { fetch } = fakeFetch({
      'http://news.example/': {
        html: '',
        headers: { link: '<http://news.example/wp-json/>; rel="https://api.w.org/"' },
      },
      'http://news.example/wp-json/': { json: { ...WORDPRESS_INDEX, authentication: [] } },
    });
    expect((await discoverSite('http://news.example', http(fetch))).applicationPasswords).toBe(
      false,
    );
  });
});
