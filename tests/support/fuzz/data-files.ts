// Property 2: a data folder whose files were damaged (drafts, revisions, caches,
// library.json, sites.json, outbox jobs, config.json), then opened by the library and the
// host. It opens; an unreadable draft is quarantined with a problem; the others are intact.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import {
  errorCodeSchema,
  settingsSchema,
  type Draft,
  type DraftContent,
} from '../../../electron/contract/index.ts';
import { composeHost } from '../../../electron/host/compose.ts';
import { DraftLibrary } from '../../../electron/services/drafts/draft-library.ts';
import { ServiceError } from '../../../electron/services/service-error.ts';
import {
  SETTINGS_FILE_OPTIONS,
  SettingsService,
} from '../../../electron/services/settings/settings-service.ts';
import { hashFolder } from './folder-hash.ts';
import { sampleContent } from './host-calls.ts';
import { mutateFileBytes, mutateValue } from './mutate.ts';
import { prototypePollution, runProperty, type PropertyResult } from './property.ts';
import type { Random } from './random.ts';

const refusingFetch = (async () => {
  throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
}) as typeof fetch;

interface Template {
  dataDir: string;
  drafts: { id: string; content: DraftContent; hash: string }[];
  /** Paths relative to the data folder, with the draft each belongs to. */
  files: { file: string; draftId: string | null }[];
}

const SITE_ID = 'site-fuzz-0001';
const DRAFT_COUNT = 3;

async function makeTemplate(): Promise<Template> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'midad-fuzz-files-template-'));
  const library = await DraftLibrary.open({
    dataDir,
    revisionIntervalMs: 0,
    listCacheDelayMs: 0,
    searchCacheDelayMs: 0,
  });
  const made: Draft[] = [];
  for (let index = 0; index < DRAFT_COUNT; index += 1) {
    const draft = await library.create(sampleContent(`خبر رقم ${index}`));
    await library.save(draft.id, sampleContent(`خبر رقم ${index} بعد التحرير`));
    await library.setStatus(draft.id, 'sent_to_desk');
    made.push(await library.open(draft.id));
  }
  await library.search('خبر');
  await library.close();
  const now = new Date().toISOString();
  const site = {
    id: SITE_ID,
    url: 'http://127.0.0.1:9/',
    restRoot: 'http://127.0.0.1:9/wp-json/',
    name: 'موقع',
    login: 'editor',
    account: { id: 1, name: 'محرر', roles: ['editor'], locale: 'ar' },
    capabilities: ['edit_posts'],
    categories: [{ id: 1, name: 'سياسة', parent: 0 }],
    addedAt: now,
    checkedAt: now,
  };
  await writeFile(
    path.join(dataDir, 'sites.json'),
    `${JSON.stringify({ version: 1, sites: [site] }, null, 2)}\n`,
  );
  const first = made[0]!;
  const job = {
    format: 'midad.publish-job',
    schemaVersion: 1,
    id: 'job-fuzz-0001',
    draftId: first.id,
    siteId: SITE_ID,
    options: { action: 'draft' },
    createdAt: now,
    updatedAt: now,
    draft: { updatedAt: first.updatedAt, meta: first.meta, body: first.body },
    marker: null,
    state: 'done',
    attempts: 1,
    nextAttemptAt: null,
    error: null,
    conflict: null,
    overwrite: null,
    progress: {
      terms: null,
      media: {},
      createStarted: true,
      post: { postId: 5, link: 'http://127.0.0.1:9/?p=5', status: 'draft', modifiedGmt: now },
      finalized: true,
    },
    result: { postId: 5, link: 'http://127.0.0.1:9/?p=5', status: 'draft' },
  };
  await writeFileIn(dataDir, 'outbox/job-fuzz-0001.json', JSON.stringify(job));
  await writeFile(
    path.join(dataDir, 'config.json'),
    JSON.stringify({ settings: { language: 'en', editor: { wordsPerMinute: 200 } } }),
  );
  const drafts = await Promise.all(
    made.map(async (draft) => ({
      id: draft.id,
      content: { meta: draft.meta, body: draft.body },
      hash: await hashFolder(path.join(dataDir, 'drafts', draft.id)),
    })),
  );
  const files: Template['files'] = [];
  for (const file of await listFiles(dataDir)) {
    const draftId = /^drafts\/([^/]+)\//.exec(file)?.[1] ?? null;
    files.push({ file, draftId });
  }
  return { dataDir, drafts, files };
}

async function writeFileIn(
  dataDir: string,
  relative: string,
  content: string | Uint8Array,
): Promise<void> {
  const { mkdir } = await import('node:fs/promises');
  await mkdir(path.dirname(path.join(dataDir, relative)), { recursive: true });
  await writeFile(path.join(dataDir, relative), content);
}

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
}

async function damage(random: Random, dataDir: string, file: string): Promise<void> {
  const full = path.join(dataDir, file);
  const bytes = new Uint8Array(await readFile(full));
  if (random.chance(0.4)) {
    // A file that is still JSON but not what the library wrote.
    let mutated: unknown;
    try {
      mutated = mutateValue(random, JSON.parse(Buffer.from(bytes).toString('utf8')));
    } catch {
      // Not JSON, or nested too deep to copy (an earlier damage of the same file).
      mutated = null;
    }
    await writeFile(full, mutated === undefined ? '' : JSON.stringify(mutated));
  } else {
    await writeFile(full, mutateFileBytes(random, bytes));
  }
}

export async function fuzzDataFiles(options: {
  seed: number;
  cases: number;
  timeLimitMs: number;
}): Promise<PropertyResult> {
  const template = await makeTemplate();
  const workRoot = await mkdtemp(path.join(os.tmpdir(), 'midad-fuzz-files-'));
  try {
    return await runProperty({ name: 'data files', ...options }, async (random, caseIndex) => {
      const dataDir = path.join(workRoot, `case-${caseIndex}`);
      await cp(template.dataDir, dataDir, { recursive: true });
      try {
        const damaged = Array.from({ length: random.int(1, 3) }, () => random.pick(template.files));
        for (const { file } of damaged) await damage(random, dataDir, file);
        const damagedDrafts = new Set(damaged.map(({ draftId }) => draftId));
        return (
          (await checkLibrary(
            template,
            dataDir,
            damagedDrafts,
            damaged.map(({ file }) => file),
          )) ??
          (await checkHost(dataDir)) ??
          prototypePollution() ??
          undefined
        );
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    });
  } finally {
    await rm(workRoot, { recursive: true, force: true });
    await rm(template.dataDir, { recursive: true, force: true });
  }
}

async function checkLibrary(
  template: Template,
  dataDir: string,
  damagedDrafts: Set<string | null>,
  damagedFiles: string[],
): Promise<string | null> {
  const label = `damaged ${damagedFiles.join(', ')}`;
  const library = await DraftLibrary.open({ dataDir });
  try {
    const problems = await library.problems();
    const listed = new Set(library.list().map((summary) => summary.id));
    for (const draft of template.drafts) {
      if (!damagedDrafts.has(draft.id)) {
        if (!listed.has(draft.id))
          return `${label}: intact draft ${draft.id} is missing from the list`;
        const opened = await library.open(draft.id);
        if (
          JSON.stringify({ meta: opened.meta, body: opened.body }) !== JSON.stringify(draft.content)
        )
          return `${label}: intact draft ${draft.id} changed`;
        if ((await hashFolder(path.join(dataDir, 'drafts', draft.id))) !== draft.hash)
          return `${label}: intact draft ${draft.id} changed on disk`;
        continue;
      }
      try {
        await library.open(draft.id);
        await library.listRevisions(draft.id);
      } catch (error) {
        if (!(error instanceof ServiceError))
          return `${label}: opening ${draft.id} threw ${String(error)}`;
        if (!problems.some((problem) => problem.draftId === draft.id))
          return `${label}: ${draft.id} cannot be opened (${error.code}) and no problem says why`;
      }
    }
    await library.search('خبر');
  } finally {
    await library.close();
  }
  return null;
}

async function checkHost(dataDir: string): Promise<string | null> {
  const unexpected: string[] = [];
  let settingsStore: Conf;
  try {
    settingsStore = new Conf({ cwd: dataDir, projectName: 'midad', ...SETTINGS_FILE_OPTIONS });
  } catch (error) {
    return `the settings store could not open: ${String(error)}`;
  }
  const settings = new SettingsService(settingsStore).get();
  if (!settingsSchema.safeParse(settings).success) return 'settings are not valid';
  const host = composeHost({
    dataDir,
    mode: 'browser',
    version: '0.0.0-fuzz',
    settingsStore,
    fetch: refusingFetch,
    logError: (methodName, error) =>
      unexpected.push(`${methodName}: ${error instanceof Error ? error.stack : String(error)}`),
  });
  try {
    for (const method of [
      'settings.get',
      'drafts.list',
      'drafts.problems',
      'sites.list',
      'publish.jobs',
      'drafts.openStarting',
    ]) {
      const answer = await host.dispatch(method, []);
      if (
        !answer.ok &&
        (!errorCodeSchema.safeParse(answer.error.code).success ||
          answer.error.code === 'host.internal')
      ) {
        return `${method} answered ${answer.error.code}: ${unexpected.join('; ')}`;
      }
    }
  } finally {
    await host.shutdown();
  }
  return unexpected.length > 0 ? `the host logged: ${unexpected.join('; ')}` : null;
}
