// Whether a site has the midad-bridge plugin, as the sites service records it: found, absent,
// or unknown because the one status call failed, which never stops a site from being added.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileSecretStore } from '../../../../../../electron/services/publish/sites/secret-store.ts';
import { SitesService } from '../../../../../../electron/services/publish/sites/sites-service.ts';
import { systemClock } from '../../../../../../electron/services/publish/wordpress/clock.ts';
import {
  fakeFetch,
  manualClock,
  WORDPRESS_INDEX,
  type FakeAnswer,
} from '../wordpress/fake-site.ts';

const STATUS_URL = 'https://news.example/wp-json/midad-bridge/v1/status';
const BRIDGE_STATUS = {
  plugin: 'midad-bridge',
  version: '0.1.0',
  documentMeta: '_midad_document',
  maxDocumentBytes: 2 * 1024 * 1024,
};
const NO_ROUTE: FakeAnswer = {
  status: 404,
  json: {
    code: 'rest_no_route',
    message: 'No route was found matching the URL and request method.',
    data: { status: 404 },
  },
};
const INPUT = {
  url: 'https://news.example',
  login: 'editor',
  appPassword: 'abcd efgh ijkl mnop qrst uvwx',
};

type Answers = Record<string, FakeAnswer | (() => Promise<never>)>;

/** A WordPress site that answers everything adding a site asks, and the status route as given. */
function newsSite(status: Answers[string]): Answers {
  return {
    'https://news.example/': {
      html: '<html></html>',
      headers: { link: '<https://news.example/wp-json/>; rel="https://api.w.org/"' },
    },
    'https://news.example/wp-json/': { json: WORDPRESS_INDEX },
    'https://news.example/wp-json/wp/v2/users/me?context=edit': {
      json: {
        id: 3,
        name: 'محرر',
        roles: ['editor'],
        locale: 'ar',
        capabilities: { edit_posts: true, publish_posts: true },
      },
    },
    'https://news.example/wp-json/wp/v2/categories?per_page=100&page=1&orderby=id&order=asc': {
      json: [{ id: 5, name: 'اقتصاد', slug: 'economy', parent: 0 }],
    },
    [STATUS_URL]: status,
  };
}

async function sitesService(answers: Answers, options: { dataDir?: string } = {}) {
  const dataDir =
    options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'midad-review-bridge-')));
  const { fetch, seen } = fakeFetch(answers);
  const sites = new SitesService({
    dataDir,
    fetch,
    clock: manualClock(),
    secretStore: new FileSecretStore(dataDir),
  });
  return { sites, seen };
}

describe('the midad-bridge plugin on an added site', () => {
  it("is recorded with its version and the largest document it keeps, asked with the user's credentials", async () => {
    const { sites, seen } = await sitesService(newsSite({ json: BRIDGE_STATUS }));
    const site = await sites.add(INPUT);
    expect(site.reviewBridge).toEqual({ version: '0.1.0', maxDocumentBytes: 2 * 1024 * 1024 });
    expect(await sites.list()).toEqual([site]);
    const authorizationOf = (url: string) =>
      seen.find((request) => request.url === url)?.headers.get('authorization');
    expect(authorizationOf(STATUS_URL)).toMatch(/^Basic /);
    expect(authorizationOf(STATUS_URL)).toBe(
      authorizationOf('https://news.example/wp-json/wp/v2/users/me?context=edit'),
    );
  });

  it('is recorded with how large a picture a contributor may upload, where the plugin offers it (0.2.0)', async () => {
    const { sites } = await sitesService(
      newsSite({
        json: { ...BRIDGE_STATUS, version: '0.2.0', contributorUploads: { maxBytes: 2_097_152 } },
      }),
    );
    expect((await sites.add(INPUT)).reviewBridge).toEqual({
      version: '0.2.0',
      maxDocumentBytes: 2 * 1024 * 1024,
      contributorUploads: { maxBytes: 2_097_152 },
    });
  });

  it('is recorded as absent where WordPress has no such route', async () => {
    const { sites } = await sitesService(newsSite(NO_ROUTE));
    expect((await sites.add(INPUT)).reviewBridge).toBeNull();
  });

  const failures: [string, Answers[string]][] = [
    [
      'the request gets no answer',
      async () =>
        Promise.reject(
          Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } }),
        ),
    ],
    [
      'the server fails',
      { status: 500, json: { code: 'internal_server_error', data: { status: 500 } } },
    ],
    [
      'the user may not ask',
      { status: 403, json: { code: 'rest_forbidden', data: { status: 403 } } },
    ],
    ['a proxy answers a page instead', { status: 404, html: '<html>not found</html>' }],
    [
      'another plugin answers the route',
      { json: { plugin: 'someone-else', version: '9', maxDocumentBytes: 10 } },
    ],
    ['the version is not one', { json: { ...BRIDGE_STATUS, version: 'x'.repeat(41) } }],
    ['the size is not one', { json: { ...BRIDGE_STATUS, maxDocumentBytes: -1 } }],
  ];
  for (const [why, answer] of failures) {
    it(`does not stop the site being added when ${why}: the review then stays on this machine`, async () => {
      const { sites } = await sitesService(newsSite(answer));
      const site = await sites.add(INPUT);
      expect(site).toMatchObject({ name: 'جريدة', account: { name: 'محرر' }, reviewBridge: null });
      expect(await sites.list()).toEqual([site]);
    });
  }

  it('does not stop the site being added when the status call times out', async () => {
    const hangs = (_input: string | URL | Request, init?: RequestInit) =>
      new Promise<never>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        ),
      );
    const { fetch: answering } = fakeFetch(newsSite({ json: BRIDGE_STATUS }));
    const fetch = ((input: string | URL | Request, init?: RequestInit) =>
      String(input) === STATUS_URL
        ? hangs(input, init)
        : answering(input, init)) as typeof globalThis.fetch;
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'midad-review-bridge-'));
    const sites = new SitesService({
      dataDir,
      fetch,
      clock: systemClock,
      secretStore: new FileSecretStore(dataDir),
      timeoutMs: 50,
    });
    expect((await sites.add(INPUT)).reviewBridge).toBeNull();
  });

  it('is looked for again when the site is checked again: installed later, then removed', async () => {
    const answers = newsSite(NO_ROUTE);
    const { sites } = await sitesService(answers);
    const added = await sites.add(INPUT);
    expect(added.reviewBridge).toBeNull();

    answers[STATUS_URL] = { json: BRIDGE_STATUS };
    expect((await sites.check(added.id)).reviewBridge).toEqual({
      version: '0.1.0',
      maxDocumentBytes: 2 * 1024 * 1024,
    });
    expect((await sites.list())[0]?.reviewBridge?.version).toBe('0.1.0');

    answers[STATUS_URL] = NO_ROUTE;
    expect((await sites.check(added.id)).reviewBridge).toBeNull();
  });

  it('a failed status call does not make checking the site fail', async () => {
    const answers = newsSite({ json: BRIDGE_STATUS });
    const { sites } = await sitesService(answers);
    const added = await sites.add(INPUT);
    answers[STATUS_URL] = { status: 502, html: '<html>bad gateway</html>' };
    const checked = await sites.check(added.id);
    expect(checked).toMatchObject({ account: added.account, reviewBridge: null });
  });
});

describe('a sites.json from before Midad looked for the plugin', () => {
  const olderSite = {
    id: 'site-0000001',
    url: 'https://news.example',
    restRoot: 'https://news.example/wp-json/',
    name: 'جريدة',
    login: 'editor',
    account: { id: 3, name: 'محرر', roles: ['editor'], locale: 'ar' },
    capabilities: ['edit_posts', 'publish_posts'],
    categories: [{ id: 5, name: 'اقتصاد', parent: 0 }],
    addedAt: '2026-11-29T09:00:00.000Z',
    checkedAt: '2026-11-29T09:00:00.000Z',
  };

  it('still loads, each site taken as without the plugin until it is checked again', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'midad-review-bridge-'));
    await writeFile(
      path.join(dataDir, 'sites.json'),
      `${JSON.stringify({ version: 1, sites: [olderSite] }, null, 2)}\n`,
    );
    const secretStore = new FileSecretStore(dataDir);
    await secretStore.set('wordpress/site-0000001', INPUT.appPassword);
    const { sites } = await sitesService(newsSite({ json: BRIDGE_STATUS }), { dataDir });

    expect(await sites.list()).toEqual([{ ...olderSite, reviewBridge: null }]);

    const checked = await sites.check(olderSite.id);
    expect(checked.reviewBridge).toEqual({ version: '0.1.0', maxDocumentBytes: 2 * 1024 * 1024 });
    const written = JSON.parse(await readFile(path.join(dataDir, 'sites.json'), 'utf8')) as {
      sites: { reviewBridge: unknown }[];
    };
    expect(written.sites[0]?.reviewBridge).toEqual({
      version: '0.1.0',
      maxDocumentBytes: 2 * 1024 * 1024,
    });
  });

  it('is still refused as damaged when a site in it is not one', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'midad-review-bridge-'));
    await writeFile(
      path.join(dataDir, 'sites.json'),
      JSON.stringify({ version: 1, sites: [{ ...olderSite, reviewBridge: { version: 7 } }] }),
    );
    const { sites } = await sitesService({}, { dataDir });
    await expect(sites.list()).rejects.toMatchObject({ code: 'storage.corrupt_file' });
  });
});
