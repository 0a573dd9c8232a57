// The figures of `npm run bench:drafts`, one function each.
import { execFile } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { normalizeArabic } from '../../../common/arabic/normalize.ts';
import { lexicalToPlainText } from '../../../common/document/plain-text.ts';
import { DraftLibrary } from '../../../electron/services/drafts/draft-library.ts';
import { nodeFileSystem, type FileSystem } from '../../../electron/services/files/file-system.ts';
import {
  checkAfterKill,
  runAndKill,
  seededRandom,
} from '../../unit/electron/services/drafts/crash/kill-loop.ts';
import { median, percentile } from '../support/statistics.ts';
import { longArticle } from './arabic-corpus.ts';
import { lexicalBody } from './collection.ts';

const elapsed = (since: number) => performance.now() - since;
const run = promisify(execFile);

/**
 * The reading worker the hosts start: the built one beside browser mode's bundle when
 * `node scripts/build.mjs` has run (`npm run bench` builds first), else its source, which
 * Node compiles at each start (a few tenths of a second more).
 */
const BUILT_READING_WORKER = fileURLToPath(
  new URL('../../../dist/web-host/reading-worker.mjs', import.meta.url),
);
export const READING_WORKER_FILE = existsSync(BUILT_READING_WORKER)
  ? BUILT_READING_WORKER
  : fileURLToPath(
      new URL('../../../electron/services/drafts/reading/reading-worker.ts', import.meta.url),
    );

/**
 * Opening with no caches: how soon the library answers (it reads its drafts behind that), how
 * soon a search answers meanwhile, and how soon every draft is listed and searchable. With the
 * reading workers, as both hosts open it, unless `workers` is false (every draft read on this thread).
 */
export async function firstOpen(
  dataDir: string,
  { workers = true }: { workers?: boolean } = {},
): Promise<FirstOpenFigures> {
  // Both the cache folder and the one earlier versions used, wherever this version keeps them.
  for (const folder of ['cache', 'library-cache'])
    await fs.rm(path.join(dataDir, folder), { recursive: true, force: true });
  let allReadMs = 0;
  let whole = () => {};
  const allRead = new Promise<void>((resolve) => (whole = resolve));
  const started = performance.now();
  const library = await DraftLibrary.open({
    dataDir,
    readingWorkerFile: workers ? READING_WORKER_FILE : undefined,
    onReading: (reading) => {
      if (!reading.complete) return;
      allReadMs = elapsed(started);
      whole();
    },
  });
  library.list();
  const usableMs = elapsed(started);
  const searchStarted = performance.now();
  await library.searchLibrary('الحكومة');
  const searchWhileReadingMs = elapsed(searchStarted);
  await allRead;
  await library.close();
  return { usableMs, searchWhileReadingMs, allReadMs };
}

export interface FirstOpenFigures {
  usableMs: number;
  searchWhileReadingMs: number;
  allReadMs: number;
}

/**
 * First opens without caches, each in a fresh process (first-open-probe.ts): the median of
 * each figure, and every run's time to read every draft (a shared machine spreads them).
 */
export async function firstOpens(
  dataDir: string,
  runs: number,
): Promise<FirstOpenFigures & { allReadRuns: number[] }> {
  const probe = fileURLToPath(new URL('./first-open-probe.ts', import.meta.url));
  const results: FirstOpenFigures[] = [];
  for (let count = 0; count < runs; count += 1) {
    const { stdout } = await run(process.execPath, [
      '--experimental-strip-types',
      '--no-warnings',
      probe,
      dataDir,
    ]);
    results.push(JSON.parse(stdout) as FirstOpenFigures);
  }
  return {
    usableMs: median(results.map((result) => result.usableMs)),
    searchWhileReadingMs: median(results.map((result) => result.searchWhileReadingMs)),
    allReadMs: median(results.map((result) => result.allReadMs)),
    allReadRuns: results.map((result) => result.allReadMs),
  };
}

/** Warm start: time until the list is ready, and until every cached entry has been checked. */
export async function warmOpen(
  dataDir: string,
  runs: number,
): Promise<{ listMs: number; verifiedMs: number }> {
  const list: number[] = [];
  const verified: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const library = await DraftLibrary.open({ dataDir });
    library.list();
    list.push(elapsed(started));
    await library.problems();
    verified.push(elapsed(started));
    await library.close();
  }
  return { listMs: median(list), verifiedMs: median(verified) };
}

export async function searchLatency(
  library: DraftLibrary,
  queries: string[],
): Promise<{ p50: number; p95: number; loadMs: number; withResults: number }> {
  const loadStarted = performance.now();
  await library.search(queries[0]);
  const loadMs = elapsed(loadStarted);
  const samples: number[] = [];
  let withResults = 0;
  for (const query of queries) {
    const started = performance.now();
    const results = await library.search(query);
    samples.push(elapsed(started));
    if (results.length > 0) withResults += 1;
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), loadMs, withResults };
}

/** The baseline: read every draft file and look for the normalized query in its text. */
export async function plainScan(dataDir: string, queries: string[]): Promise<number> {
  const draftsDir = path.join(dataDir, 'drafts');
  const samples: number[] = [];
  for (const query of queries) {
    const started = performance.now();
    const terms = normalizeArabic(query).split(/\s+/u).filter(Boolean);
    const hits: string[] = [];
    for (const name of await fs.readdir(draftsDir)) {
      let text: string;
      try {
        text = await fs.readFile(path.join(draftsDir, name, 'draft.json'), 'utf8');
      } catch {
        continue;
      }
      const draft = JSON.parse(text) as { meta: Record<string, unknown>; body: unknown };
      const haystack = normalizeArabic(
        `${Object.values(draft.meta).join(' ')} ${lexicalToPlainText(draft.body)}`,
      );
      if (terms.every((term) => haystack.includes(term))) hits.push(name);
    }
    samples.push(elapsed(started));
  }
  return median(samples);
}

/** One autosave of a 20,000-word draft: time and bytes written (draft file, temp and marker). */
export async function autosave(
  words: number,
  saves: number,
): Promise<{ ms: number; bytes: number; withRevisionMs: number }> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'midad-bench-autosave-'));
  let bytes = 0;
  const counting: FileSystem = {
    ...nodeFileSystem,
    open: async (filePath, flags, mode) => {
      const handle = await nodeFileSystem.open(filePath, flags, mode);
      return {
        ...handle,
        writeFile: async (data) => {
          bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
          await handle.writeFile(data);
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
    },
  };
  const library = await DraftLibrary.open({ dataDir, fs: counting });
  const draft = await library.create();
  const paragraphs = longArticle(words);
  const withRevisionStarted = performance.now();
  await library.save(draft.id, { meta: draft.meta, body: lexicalBody(paragraphs) });
  const withRevisionMs = elapsed(withRevisionStarted);
  const times: number[] = [];
  const sizes: number[] = [];
  for (let save = 0; save < saves; save += 1) {
    paragraphs[paragraphs.length - 1] += ' كلمة';
    bytes = 0;
    const started = performance.now();
    await library.save(draft.id, { meta: draft.meta, body: lexicalBody(paragraphs) });
    times.push(elapsed(started));
    sizes.push(bytes);
  }
  await library.close();
  await fs.rm(dataDir, { recursive: true, force: true });
  return { ms: median(times), bytes: median(sizes), withRevisionMs };
}

/**
 * A fresh process that opens the library and searches once: how long from opening to the first
 * answer, and its memory then, with the collection open and searchable.
 */
export async function memory(
  dataDir: string,
): Promise<{ rssMiB: number; heapMiB: number; firstSearchMs: number }> {
  const probe = fileURLToPath(new URL('./memory-probe.ts', import.meta.url));
  const { stdout } = await run(process.execPath, [
    '--experimental-strip-types',
    '--no-warnings',
    '--expose-gc',
    probe,
    dataDir,
  ]);
  return JSON.parse(stdout) as { rssMiB: number; heapMiB: number; firstSearchMs: number };
}

/** Kills split over parallel workers, each on its own data folder. */
export async function soak(
  kills: number,
  workers: number,
  seed: number,
): Promise<{ survived: number; lost: number }> {
  let survived = 0;
  let lost = 0;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'midad-bench-soak-'));
      const random = seededRandom(seed + worker);
      for (let kill = worker; kill < kills; kill += workers) {
        const acknowledged = await runAndKill(dataDir, Math.floor(random() * 120));
        const outcome = await checkAfterKill(dataDir, acknowledged);
        if (outcome.intact) survived += 1;
        else lost += 1;
      }
      await fs.rm(dataDir, { recursive: true, force: true });
    }),
  );
  return { survived, lost };
}
