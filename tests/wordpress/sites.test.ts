// The sites service against a real WordPress: a site is added with its user and
// capabilities, checked again, removed; its application password stays out of sites.json.
import { mkdtemp, readFile, readdir, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SafeStorageSecretStore } from '../../electron/main/safe-storage-secret-store.ts';
import { safeStorageStandIn } from '../../electron/main/test-support/safe-storage-stand-in.ts';
import { FileSecretStore } from '../../electron/services/publish/sites/secret-store.ts';
import { SitesService } from '../../electron/services/publish/sites/sites-service.ts';
import { systemClock } from '../../electron/services/publish/wordpress/clock.ts';
import { everythingSaidBy, unavailable, useWordPress } from './wordpress-site.ts';

async function sitesIn(dataDir: string) {
  return new SitesService({
    dataDir,
    fetch,
    clock: systemClock,
    secretStore: new FileSecretStore(dataDir),
    timeoutMs: 10_000,
  });
}

describe.skipIf(unavailable)('configured WordPress sites', () => {
  const { site } = useWordPress({ permalinks: 'pretty', locale: 'ar' });

  it('a site is added with who the user is, what they may do and the categories', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'midad-sites-'));
    const sites = await sitesIn(dataDir);
    const { appPassword } = site().users.contributor;
    const added = await sites.add({ url: site().url, login: 'contributor', appPassword });
    expect(added).toMatchObject({
      url: site().url,
      restRoot: `${site().url}/wp-json/`,
      name: 'موقع اختبار مداد',
      login: 'contributor',
      account: {
        id: site().users.contributor.id,
        name: 'مراسل',
        roles: ['contributor'],
        locale: 'ar',
      },
    });
    expect(added.capabilities).toContain('edit_posts');
    expect(added.capabilities).not.toContain('publish_posts');
    expect(added.categories.map((category) => category.name)).toEqual(
      expect.arrayContaining(['سياسة', 'اقتصاد']),
    );
    expect(await (await sitesIn(dataDir)).list()).toEqual([added]);

    const checked = await (await sitesIn(dataDir)).check(added.id);
    expect(checked.account).toEqual(added.account);

    // Nowhere in the data folder but the secrets file, and that one is the user's alone.
    const sitesJson = await readFile(path.join(dataDir, 'sites.json'), 'utf8');
    expect(sitesJson).not.toContain(appPassword);
    expect((await stat(path.join(dataDir, 'secrets'))).mode & 0o777).toBe(0o700);
    expect((await stat(path.join(dataDir, 'secrets', 'secrets.json'))).mode & 0o777).toBe(0o600);
    expect(await readdir(dataDir)).toEqual(expect.arrayContaining(['sites.json', 'secrets']));

    await sites.remove(added.id);
    expect(await sites.list()).toEqual([]);
    expect(await readFile(path.join(dataDir, 'secrets', 'secrets.json'), 'utf8')).not.toContain(
      appPassword,
    );
  });

  it('the same user on the same site is added once', async () => {
    const sites = await sitesIn(await mkdtemp(path.join(os.tmpdir(), 'midad-sites-')));
    const input = {
      url: site().url,
      login: 'editor',
      appPassword: site().users.editor.appPassword,
    };
    await sites.add(input);
    await expect(sites.add(input)).rejects.toMatchObject({ code: 'sites.already_exists' });
  });

  it('a wrong password adds nothing and is in no error', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'midad-sites-'));
    const sites = await sitesIn(dataDir);
    const wrong = 'wxyz wxyz wxyz wxyz wxyz wxyz';
    const error = await sites
      .add({ url: site().url, login: 'editor', appPassword: wrong })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'wordpress.bad_credentials' });
    expect(everythingSaidBy(error)).not.toContain(wrong);
    expect(await sites.list()).toEqual([]);
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('on Linux without a keyring, a site is added once the user accepts obfuscated passwords, and still signs in at the next start', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'midad-sites-'));
    const consent = {
      accepted: false,
      isAccepted: () => consent.accepted,
      set: (accepted: boolean) => void (consent.accepted = accepted),
    };
    // Each start is a new process: safeStorage (the stand-in copies Electron's) begins without plain-text encryption.
    const startApp = () => {
      const secretStore = new SafeStorageSecretStore({
        dataDir,
        safeStorage: safeStorageStandIn({ platform: 'linux', backend: 'basic_text' }),
        consent,
        platform: 'linux',
      });
      return new SitesService({
        dataDir,
        fetch,
        clock: systemClock,
        secretStore,
        timeoutMs: 10_000,
      });
    };
    const input = {
      url: site().url,
      login: 'editor',
      appPassword: site().users.editor.appPassword,
    };
    const sites = startApp();
    await expect(sites.add(input)).rejects.toMatchObject({ code: 'secrets.weak_backend' });
    expect(await sites.setWeakSecretStorageAccepted(true)).toEqual({
      kind: 'basic-text',
      weakAccepted: true,
    });
    const added = await sites.add(input);
    expect(
      await readFile(path.join(dataDir, 'secrets', 'safe-storage.json'), 'utf8'),
    ).not.toContain(input.appPassword);
    expect((await startApp().check(added.id)).login).toBe('editor');
  });
});
