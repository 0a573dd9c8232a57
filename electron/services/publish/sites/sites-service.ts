// The WordPress sites the user has added: kept in sites.json in the data folder (address,
// login, who the user is there, capabilities, categories for offline use, whether the
// midad-bridge plugin is there), each site's application password in the SecretStore
// under `wordpress/<siteId>`, never in the file.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod';
import {
  siteSchema,
  type SecretStorage,
  type Site,
  type SiteCategory,
  type SiteInput,
} from '../../../contract/index.ts';
import { writeFileAtomic } from '../../files/atomic-write.ts';
import { isMissingFileError } from '../../files/file-system.ts';
import { asStorageWrite } from '../../files/storage-error.ts';
import { ServiceError } from '../../service-error.ts';
import type { Clock } from '../wordpress/clock.ts';
import { discoverSite, readIndex } from '../wordpress/discovery.ts';
import { WordPressClient } from '../wordpress/wordpress-client.ts';
import { WordPressError } from '../wordpress/wordpress-error.ts';
import { WordPressHttp, type Fetch } from '../wordpress/wordpress-http.ts';
import type { SecretStore } from './secret-store.ts';

export const SITES_FILE = 'sites.json';
// A sites.json written before Midad looked for the midad-bridge plugin has no reviewBridge:
// taken as absent (the text still goes, the review stays here) until the site is checked again.
const storedSiteSchema = siteSchema.extend({
  reviewBridge: siteSchema.shape.reviewBridge.default(null),
});
const sitesFileSchema = z.object({ version: z.literal(1), sites: z.array(storedSiteSchema) });

export interface SitesServiceOptions {
  dataDir: string;
  fetch: Fetch;
  clock: Clock;
  secretStore: SecretStore;
  timeoutMs?: number;
  newSiteId?: () => string;
  /** Told after every change of sites.json (a site added, removed, checked, its categories): the screens re-read. */
  onSitesChanged?: () => void;
}

export class SitesService {
  readonly #options: SitesServiceOptions;
  readonly #file: string;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: SitesServiceOptions) {
    this.#options = options;
    this.#file = path.join(options.dataDir, SITES_FILE);
  }

  secretStorage(): SecretStorage {
    return this.#options.secretStore.describe();
  }

  /** The user's answer about weak storage; withdrawing deletes the passwords kept that way. */
  async setWeakSecretStorageAccepted(accepted: boolean): Promise<SecretStorage> {
    await this.#options.secretStore.setWeakStorageAccepted?.(accepted);
    return this.secretStorage();
  }

  async list(): Promise<Site[]> {
    return this.#read();
  }

  /** Finds the REST API, checks the credentials, reads the categories and looks for the plugin, then keeps the site. */
  add(input: SiteInput): Promise<Site> {
    return this.#serial(async () => {
      // Refused before the site is asked anything: the password could not be kept anyway.
      const storage = this.secretStorage();
      if (storage.kind === 'basic-text' && !storage.weakAccepted)
        throw new ServiceError('secrets.weak_backend');
      const discovered = await discoverSite(input.url, this.#http());
      const client = this.#client(discovered.restRoot, input.login, input.appPassword);
      const checked = await checkSite(client, this.#http());
      const sites = await this.#read();
      if (
        sites.some(
          (site) => site.restRoot === discovered.restRoot && site.login === input.login.trim(),
        )
      ) {
        throw new ServiceError('sites.already_exists');
      }
      const now = this.#options.clock.now().toISOString();
      const site: Site = {
        id: this.#options.newSiteId?.() ?? randomBytes(12).toString('base64url'),
        url: discovered.home || discovered.restRoot,
        restRoot: discovered.restRoot,
        name: discovered.name,
        login: input.login.trim(),
        ...checked,
        addedAt: now,
        checkedAt: now,
      };
      await this.#options.secretStore.set(secretKey(site.id), input.appPassword);
      try {
        await this.#write([...sites, site]);
      } catch (error) {
        await this.#options.secretStore.delete(secretKey(site.id)).catch(() => undefined);
        throw error;
      }
      return site;
    });
  }

  remove(siteId: string): Promise<void> {
    return this.#serial(async () => {
      const sites = await this.#read();
      if (!sites.some((site) => site.id === siteId)) throw new ServiceError('sites.not_found');
      await this.#write(sites.filter((site) => site.id !== siteId));
      await this.#options.secretStore.delete(secretKey(siteId));
    });
  }

  /** Checks the stored credentials again; refreshes who the user is, capabilities, categories and the plugin. */
  check(siteId: string): Promise<Site> {
    return this.#serial(async () => {
      const site = await this.#find(siteId);
      const client = await this.clientFor(site);
      const refreshed: Site = {
        ...site,
        ...(await checkSite(client, this.#http())),
        checkedAt: this.#options.clock.now().toISOString(),
      };
      const sites = await this.#read();
      await this.#write(sites.map((each) => (each.id === siteId ? refreshed : each)));
      return refreshed;
    });
  }

  /** The site's categories as a publish job just read them from the site (one it created among them). */
  rememberCategories(siteId: string, categories: SiteCategory[]): Promise<void> {
    return this.#serial(async () => {
      const sites = await this.#read();
      if (!sites.some((site) => site.id === siteId)) return;
      await this.#write(sites.map((site) => (site.id === siteId ? { ...site, categories } : site)));
    });
  }

  /** A signed-in client for a kept site (for publishing). */
  async clientFor(siteOrId: Site | string): Promise<WordPressClient> {
    const site = typeof siteOrId === 'string' ? await this.#find(siteOrId) : siteOrId;
    const appPassword = await this.#options.secretStore.get(secretKey(site.id));
    if (appPassword === null) throw new ServiceError('secrets.unavailable');
    return this.#client(site.restRoot, site.login, appPassword);
  }

  async #find(siteId: string): Promise<Site> {
    const site = (await this.#read()).find((each) => each.id === siteId);
    if (!site) throw new ServiceError('sites.not_found');
    return site;
  }

  #http(): WordPressHttp {
    return new WordPressHttp({
      fetch: this.#options.fetch,
      clock: this.#options.clock,
      timeoutMs: this.#options.timeoutMs,
    });
  }

  #client(restRoot: string, login: string, appPassword: string): WordPressClient {
    const { fetch, clock, timeoutMs } = this.#options;
    return new WordPressClient({
      restRoot,
      credentials: { login, appPassword },
      fetch,
      clock,
      timeoutMs,
    });
  }

  #serial<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#queue.then(task, task);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  async #read(): Promise<Site[]> {
    let text: string;
    try {
      text = await readFile(this.#file, 'utf8');
    } catch (error) {
      if (isMissingFileError(error)) return [];
      throw new ServiceError('storage.read_failed');
    }
    const parsed = sitesFileSchema.safeParse(safeJson(text));
    if (!parsed.success) throw new ServiceError('storage.corrupt_file');
    return parsed.data.sites;
  }

  async #write(sites: Site[]): Promise<void> {
    await asStorageWrite(() =>
      writeFileAtomic(this.#file, `${JSON.stringify({ version: 1, sites }, null, 2)}\n`),
    );
    this.#options.onSitesChanged?.();
  }
}

function secretKey(siteId: string): string {
  return `wordpress/${siteId}`;
}

/** Who the user is and what they may do, the site's categories, and whether it carries the review. */
async function checkSite(
  client: WordPressClient,
  http: WordPressHttp,
): Promise<Pick<Site, 'account' | 'capabilities' | 'categories' | 'reviewBridge'>> {
  let account;
  try {
    account = await client.verifyCredentials();
  } catch (error) {
    // A valid application password is refused (401) where the site does not accept them at all.
    if (error instanceof WordPressError && error.code === 'wordpress.bad_credentials') {
      const index = await readIndex(client.restRoot, http).catch(() => null);
      if (index && !index.applicationPasswords) {
        throw new WordPressError(
          'wordpress.app_passwords_unavailable',
          error.status,
          error.wordpressCode,
        );
      }
    }
    throw error;
  }
  const [categories, reviewBridge] = await Promise.all([
    client.listTerms('categories'),
    reviewBridgeOf(client),
  ]);
  return {
    account: { id: account.id, name: account.name, roles: account.roles, locale: account.locale },
    capabilities: account.capabilities,
    categories: categories.map(({ id, name, parent }) => ({ id, name, parent })),
    reviewBridge,
  };
}

/**
 * The midad-bridge plugin, or null. The site works without it (the text is published in
 * full), so no failure of this one call, not even a timeout, stops adding or checking it.
 */
async function reviewBridgeOf(client: WordPressClient): Promise<Site['reviewBridge']> {
  try {
    return await client.midadBridgeStatus();
  } catch {
    return null;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
