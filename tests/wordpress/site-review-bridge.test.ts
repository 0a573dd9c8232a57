// The sites service on a real WordPress notes whether the site has the midad-bridge plugin:
// with it, the review travels with the story; without it, the review stays on this machine.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WordPressOptions } from '../support/wordpress/start-wordpress.ts';
import { FileSecretStore } from '../../electron/services/publish/sites/secret-store.ts';
import { SitesService } from '../../electron/services/publish/sites/sites-service.ts';
import { systemClock } from '../../electron/services/publish/wordpress/clock.ts';
import { clientAs, unavailable, useWordPress } from './wordpress-site.ts';

// Contributors' pictures: the plugin's 10 MB, or the site's upload limit when lower (2 MB with Debian's php.ini).
const BRIDGE = {
  version: '0.2.0',
  maxDocumentBytes: 2 * 1024 * 1024,
  contributorUploads: { maxBytes: expect.any(Number) },
};

async function sitesService() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'midad-review-bridge-'));
  return new SitesService({
    dataDir,
    fetch,
    clock: systemClock,
    secretStore: new FileSecretStore(dataDir),
    timeoutMs: 10_000,
  });
}

const withPlugin: [string, WordPressOptions][] = [
  ['pretty permalinks', { permalinks: 'pretty', locale: 'ar', midadBridge: true }],
  [
    'plain permalinks (the ?rest_route= form)',
    { permalinks: 'plain', locale: 'en_US', midadBridge: true },
  ],
];

for (const [how, options] of withPlugin) {
  describe.skipIf(unavailable)(`a site with the midad-bridge plugin, ${how}`, () => {
    const { site } = useWordPress(options);

    it("is added with the plugin's version and the largest document it keeps, for a reporter and a copy editor alike", async () => {
      const sites = await sitesService();
      for (const role of ['contributor', 'editor'] as const) {
        const { login, appPassword } = site().users[role];
        const added = await sites.add({ url: site().url, login, appPassword });
        expect(added.reviewBridge).toEqual(BRIDGE);
        expect((await sites.check(added.id)).reviewBridge).toEqual(BRIDGE);
      }
      expect((await sites.list()).map((each) => each.reviewBridge)).toEqual([BRIDGE, BRIDGE]);
    });
  });
}

describe.skipIf(unavailable)('a site without the midad-bridge plugin', () => {
  const { site } = useWordPress({ permalinks: 'pretty', locale: 'ar' });

  it('answers the status call with no route, which the client reads as "no plugin" rather than a failure', async () => {
    await expect(clientAs(site(), 'contributor').midadBridgeStatus()).resolves.toBeNull();
  });

  it('is added all the same, noted as keeping the review on this machine', async () => {
    const sites = await sitesService();
    const { login, appPassword } = site().users.contributor;
    const added = await sites.add({ url: site().url, login, appPassword });
    expect(added).toMatchObject({ login, account: { roles: ['contributor'] }, reviewBridge: null });
    expect(added.categories.length).toBeGreaterThan(0);
    expect((await sites.check(added.id)).reviewBridge).toBeNull();
    expect(await sites.list()).toEqual([{ ...added, checkedAt: expect.any(String) }]);
  });
});
