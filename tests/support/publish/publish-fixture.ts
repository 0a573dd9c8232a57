// A Midad data folder wired for publishing to a real WordPress in tests and the benchmark:
// the draft library, the sites service with its 0600 secrets file, a DraftMediaSource
// double that keeps real image files in the data folder, and outboxes made on demand
// (through a proxy when asked), with fast retries.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { articleMeta } from '../../../common/document/article-content.ts';
import type { DraftContent, PublishJob, Site } from '../../../electron/contract/index.ts';
import { DraftLibrary } from '../../../electron/services/drafts/draft-library.ts';
import {
  Outbox,
  type DraftMediaFile,
  type DraftMediaSource,
  type OutboxOptions,
} from '../../../electron/services/publish/outbox/outbox.ts';
import { SiteSeenStore } from '../../../electron/services/publish/outbox/site-seen.ts';
import { FileSecretStore } from '../../../electron/services/publish/sites/secret-store.ts';
import { SitesService } from '../../../electron/services/publish/sites/sites-service.ts';
import { systemClock } from '../../../electron/services/publish/wordpress/clock.ts';
import type { Role, RunningWordPress } from '../wordpress/start-wordpress.ts';

/** The image files of every draft in one folder: what the drafts' media store will list. */
export class FolderMedia implements DraftMediaSource {
  readonly folder: string;
  readonly #files = new Map<string, DraftMediaFile[]>();

  constructor(folder: string) {
    this.folder = folder;
  }

  async add(
    draftId: string,
    bytes: Uint8Array,
    fileName: string,
    mimeType: string,
  ): Promise<string> {
    const hash = createHash('sha256').update(bytes).digest('hex');
    await mkdir(this.folder, { recursive: true });
    const file = path.join(this.folder, `${hash}${path.extname(fileName)}`);
    await writeFile(file, bytes);
    const list = this.#files.get(draftId) ?? [];
    if (!list.some((each) => each.hash === hash))
      list.push({ hash, fileName, mimeType, path: file });
    this.#files.set(draftId, list);
    return hash;
  }

  async list(draftId: string): Promise<DraftMediaFile[]> {
    return this.#files.get(draftId) ?? [];
  }
}

/** An image node as the editor saves it: the file by hash (src says the same for older readers). */
export function imageNode(hash: string, alt: string, caption: string) {
  return { type: 'image', version: 1, hash, src: `midad-media:${hash}`, alt, caption };
}

/** A reporter's story in Arabic, right to left, with no section: its headline and body. */
export function reporterStory(headline: string, body: unknown): DraftContent {
  return {
    meta: articleMeta({ headline, byline: 'مراسل مداد' }),
    body: body as DraftContent['body'],
  };
}

export interface PublishFixture {
  dataDir: string;
  library: DraftLibrary;
  sites: SitesService;
  site: Site;
  media: FolderMedia;
  appPassword: string;
  outbox(options?: Partial<OutboxOptions> & { restRoot?: string; timeoutMs?: number }): Outbox;
  createDraft(content: DraftContent): Promise<string>;
}

export async function publishFixture(
  wordpress: RunningWordPress,
  role: Role,
  options: { timeoutMs?: number } = {},
): Promise<PublishFixture> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'midad-publish-'));
  const library = await DraftLibrary.open({ dataDir });
  const secretStore = new FileSecretStore(dataDir);
  const sitesFor = (timeoutMs: number) =>
    new SitesService({ dataDir, fetch, clock: systemClock, secretStore, timeoutMs });
  const sites = sitesFor(options.timeoutMs ?? 15_000);
  const user = wordpress.users[role];
  const site = await sites.add({
    url: wordpress.url,
    login: user.login,
    appPassword: user.appPassword,
  });
  const media = new FolderMedia(path.join(dataDir, 'test-media'));
  return {
    dataDir,
    library,
    sites,
    site,
    media,
    appPassword: user.appPassword,
    outbox: ({ restRoot, timeoutMs, ...rest } = {}) => {
      const service = timeoutMs ? sitesFor(timeoutMs) : sites;
      return new Outbox({
        dataDir,
        clock: systemClock,
        drafts: async () => library,
        sites: {
          list: async () =>
            (await service.list()).map((each) => (restRoot ? { ...each, restRoot } : each)),
          clientFor: (each) => service.clientFor(each),
          rememberCategories: (siteId, categories) =>
            service.rememberCategories(siteId, categories),
        },
        media,
        fetch,
        retryDelaysMs: [20, 50, 100],
        ...rest,
      });
    },
    createDraft: async (content) => (await library.create(content)).id,
  };
}

/** Polls the outbox until the job is in one of `states`. */
export async function waitForJob(
  outbox: Outbox,
  jobId: string,
  states: PublishJob['state']['state'][],
  timeoutMs = 30_000,
): Promise<PublishJob> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = (await outbox.jobs()).find((each) => each.id === jobId);
    if (job && states.includes(job.state.state)) return job;
    if (Date.now() > deadline)
      throw new Error(`job ${jobId} is ${JSON.stringify(job?.state)}, not ${states.join('/')}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Runs one outbox job for the draft to its end: the post's id, or an error saying how the job ended. */
export async function runOutboxJob(
  fx: PublishFixture,
  draftId: string,
  action: 'pending' | 'draft' | 'publish',
): Promise<number> {
  const outbox = fx.outbox();
  await outbox.start();
  const job = await outbox.enqueue(draftId, fx.site.id, { action });
  const done = await waitForJob(outbox, job.id, ['done', 'failed', 'conflict']);
  await outbox.stop();
  if (done.state.state !== 'done')
    throw new Error(`the ${action} job: ${JSON.stringify(done.state)}`);
  return done.state.postId;
}

/** What the desk services (electron/services/publish/desk) read: this fixture's library and sites. */
export function deskWorld(fx: PublishFixture) {
  return {
    drafts: fx.library,
    sites: fx.sites,
    seen: new SiteSeenStore(fx.dataDir),
    fetch,
    clock: systemClock,
  };
}

/** Reads the site as its administrator: posts and attachments as they really are. */
export function siteReader(wordpress: RunningWordPress) {
  const { login, appPassword } = wordpress.users.admin;
  const authorization = `Basic ${Buffer.from(`${login}:${appPassword}`).toString('base64')}`;
  const get = async (route: string, query: Record<string, string> = {}) => {
    const url = new URL(`${wordpress.url}/wp-json/${route}`);
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
    const response = await fetch(url, { headers: { authorization } });
    if (!response.ok) throw new Error(`GET ${route}: ${response.status}`);
    return {
      body: (await response.json()) as unknown,
      total: Number(response.headers.get('x-wp-total')),
    };
  };
  return {
    get,
    /** Posts of any status whose title, excerpt or content contain `search`. */
    posts: async (search: string) =>
      (await get('wp/v2/posts', { search, status: 'any', context: 'edit', per_page: '100' }))
        .body as {
        id: number;
        status: string;
        title: { raw: string };
        content: { raw: string };
      }[],
    mediaCount: async () => (await get('wp/v2/media', { per_page: '1' })).total,
    post: async (id: number) =>
      (await get(`wp/v2/posts/${id}`, { context: 'edit' })).body as Record<string, unknown>,
  };
}
