// A first start reads its many drafts on worker threads (reading/reading-pool.ts): the
// library it opens is the one the host's own thread would have read, draft for draft and
// weight for weight; what a worker cannot read cleanly is recovered as ever; a draft saved
// meanwhile keeps its save; and without workers nothing is left unread.
import { mkdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BroadcastChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DraftStore } from '../../../../../../electron/services/drafts/draft-store.ts';
import { READ_CONCURRENCY } from '../../../../../../electron/services/drafts/library-list.ts';
import { LibraryPaths } from '../../../../../../electron/services/drafts/library-paths.ts';
import { loadSearchCache } from '../../../../../../electron/services/drafts/search/search-cache.ts';
import { nodeFileSystem } from '../../../../../../electron/services/files/file-system.ts';
import { generateDrafts, generateQueries } from '../../../../../bench/drafts/arabic-corpus.ts';
import { draftFile } from '../../../../../bench/drafts/collection.ts';
import { content, freshDataDir, MINUTE, openLibrary, TestClock } from '../library-fixture.ts';

const WORKER = path.resolve(
  import.meta.dirname,
  '../../../../../../electron/services/drafts/reading/reading-worker.ts',
);
const LATE_WORKER = path.resolve(import.meta.dirname, 'late-reading-worker.ts');
/** Where LATE_WORKER tells which drafts it has read, and hears that it may answer. */
const LATE_READING_CHANNEL = 'midad-late-reading';
const COUNT = 240;
/** Fewer than this read before the library answers; the rest behind it, on the workers. */
const BACKGROUND_READ_AFTER = 20;

type Library = Awaited<ReturnType<typeof openLibrary>>;

/** COUNT generated drafts written as a newsroom's library, each file a minute newer than the one before. */
async function collection(): Promise<{ dataDir: string; ids: string[] }> {
  const dataDir = await freshDataDir();
  const start = Date.parse('2026-01-01T08:00:00Z');
  const ids: string[] = [];
  for (const [index, draft] of generateDrafts(COUNT, 120).entries()) {
    const id = `read${String(index).padStart(6, '0')}x`;
    const folder = path.join(dataDir, 'drafts', id);
    await mkdir(path.join(folder, 'revisions'), { recursive: true });
    const at = new Date(start + index * MINUTE);
    await writeFile(path.join(folder, 'draft.json'), JSON.stringify(draftFile(id, draft, at)));
    await utimes(path.join(folder, 'draft.json'), at, at);
    ids.push(id);
  }
  return { dataDir, ids };
}

/** The caches gone, as at a first start. */
async function withoutCaches(dataDir: string): Promise<void> {
  await rm(new LibraryPaths(dataDir).cache, { recursive: true, force: true });
}

async function firstStart(
  dataDir: string,
  options: Parameters<typeof openLibrary>[1] = {},
): Promise<Library> {
  await withoutCaches(dataDir);
  const library = await openLibrary(dataDir, {
    backgroundReadAfter: BACKGROUND_READ_AFTER,
    ...options,
  });
  await library.problems();
  return library;
}

/** What a start read: the list, the answers to queries, and (after closing) the index it wrote. */
async function readingOf(library: Library, dataDir: string) {
  const list = library.list();
  const answers = [];
  for (const query of ['الحكومة', ...generateQueries(20)]) {
    const { results, reading } = await library.searchLibrary(query, { limit: COUNT });
    // Drafts of equal score may come in either order: by id, with their scores.
    answers.push({
      query,
      reading,
      results: results.sort((a, b) => a.draftId.localeCompare(b.draftId)),
    });
  }
  await library.close();
  return { list, answers, index: await indexedWeights(dataDir) };
}

/** The search cache written on closing, as each draft's terms with their weight bytes. */
async function indexedWeights(dataDir: string): Promise<Map<string, string[]>> {
  const index = await loadSearchCache(new LibraryPaths(dataDir).searchIndex, nodeFileSystem);
  const { drafts, base } = index!.compact();
  const weights = new Map(drafts.map(({ id }) => [id, [] as string[]]));
  base.terms.forEach((term, position) => {
    let at = base.offsets[position];
    let ordinal = -1;
    while (at < base.offsets[position + 1]) {
      let gap = 0;
      for (let shift = 0; ; shift += 7) {
        const byte = base.postings[at++];
        gap |= (byte & 0x7f) << shift;
        if (!(byte & 0x80)) break;
      }
      ordinal += gap + 1;
      weights.get(drafts[ordinal].id)!.push(`${term}:${base.postings[at++]}`);
    }
  });
  for (const terms of weights.values()) terms.sort();
  return weights;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a first start reading its drafts on workers', () => {
  it('lists, finds and weighs every draft exactly as reading them on the host’s thread does', async () => {
    const { dataDir } = await collection();
    const onHost = await readingOf(await firstStart(dataDir), dataDir);

    const hostReads = vi.spyOn(DraftStore.prototype, 'read');
    const failures: unknown[] = [];
    const library = await firstStart(dataDir, {
      readingWorkerFile: WORKER,
      onReadingWorkerFailed: (error) => failures.push(error),
    });
    // Only the newest, read before the rest, were read here.
    expect(hostReads.mock.calls.length).toBeLessThanOrEqual(READ_CONCURRENCY);
    const onWorkers = await readingOf(library, dataDir);

    expect(failures).toEqual([]);
    expect(onWorkers.list).toHaveLength(COUNT);
    expect(onWorkers.list).toEqual(onHost.list);
    expect(onWorkers.answers.some(({ results }) => results.length > 1)).toBe(true);
    expect(onWorkers.answers).toEqual(onHost.answers);
    expect(onWorkers.index.size).toBe(COUNT);
    expect(onWorkers.index).toEqual(onHost.index);
  });

  it('leaves a damaged or missing draft.json to the host, which quarantines it and recovers the draft from its revision as ever', async () => {
    const { dataDir } = await collection();
    const clock = new TestClock();
    const setUp = await openLibrary(dataDir, { now: clock.now });
    const damaged = await setUp.create();
    await setUp.save(damaged.id, content('النص قبل العطب'));
    const missing = await setUp.create();
    await setUp.save(missing.id, content('نص ضاع ملفه'));
    await setUp.close();
    const damagedFile = path.join(dataDir, 'drafts', damaged.id, 'draft.json');
    await writeFile(damagedFile, '{"format":"midad.draft","schemaVersion":1,"id":"');
    // Among the oldest: read on a worker, not with the newest.
    const longAgo = new Date('2025-01-01T08:00:00Z');
    await utimes(damagedFile, longAgo, longAgo);
    await rm(path.join(dataDir, 'drafts', missing.id, 'draft.json'));

    const failures: unknown[] = [];
    const library = await firstStart(dataDir, {
      now: clock.now,
      readingWorkerFile: WORKER,
      onReadingWorkerFailed: (error) => failures.push(error),
    });
    const problems = await library.problems();
    expect(failures).toEqual([]);
    expect(problems).toHaveLength(2);
    expect(problems.find((problem) => problem.draftId === damaged.id)).toMatchObject({
      kind: 'draft_unreadable',
      reason: 'not_json',
      recoveredFromRevision: expect.stringMatching(/^\d{13}-/),
    });
    expect(problems.find((problem) => problem.draftId === missing.id)).toMatchObject({
      kind: 'draft_missing',
      reason: 'missing',
      recoveredFromRevision: expect.stringMatching(/^\d{13}-/),
    });
    const quarantined = problems.find((problem) => problem.draftId === damaged.id)!;
    expect(await readFile(quarantined.quarantinePath!, 'utf8')).toBe(
      '{"format":"midad.draft","schemaVersion":1,"id":"',
    );
    expect((await library.open(damaged.id)).body).toEqual(content('النص قبل العطب').body);
    expect((await library.open(missing.id)).body).toEqual(content('نص ضاع ملفه').body);
    expect(library.list()).toHaveLength(COUNT + 2);
    await library.close();
  });

  it('keeps the save of a draft asked for while a worker was reading it, not the worker’s older read', async () => {
    const { dataDir, ids } = await collection();
    // The first batch a worker gets: the drafts after the newest, read on the host first.
    const saved = ids[COUNT - READ_CONCURRENCY - 1];
    const channel = new BroadcastChannel(LATE_READING_CHANNEL);
    const workerRead = new Promise<void>((resolve) => {
      channel.onmessage = (message) => {
        if ((message as { data: string[] }).data.includes(saved)) resolve();
      };
    });
    try {
      await withoutCaches(dataDir);
      const library = await openLibrary(dataDir, {
        backgroundReadAfter: BACKGROUND_READ_AFTER,
        readingWorkerFile: LATE_WORKER,
      });
      await workerRead;
      expect(library.reading().complete).toBe(false);
      // Not read here yet: asking for it reads it at once, and the save goes on from there.
      const result = await library.save(saved, content('قرنفلستان تستقبل ضيوفها الجدد'));
      channel.postMessage('release');
      await library.problems();

      expect(library.list()).toHaveLength(COUNT);
      expect(library.list().find((summary) => summary.id === saved)).toMatchObject({
        updatedAt: result.updatedAt,
        words: 4,
      });
      const found = await library.searchLibrary('قرنفلستان', { limit: COUNT });
      expect(found.results.map((hit) => hit.draftId)).toEqual([saved]);
      expect(found.reading).toMatchObject({ listed: COUNT, searchable: COUNT, complete: true });
      const { headline } = generateDrafts(COUNT, 120)[COUNT - READ_CONCURRENCY - 1];
      const before = await library.search(headline, { limit: COUNT });
      expect(before.map((hit) => hit.draftId)).not.toContain(saved);
      await library.close();
      // The batch it was skipped in was filed whole otherwise: the index is the host's own.
      const index = await indexedWeights(dataDir);
      expect(index).toEqual((await readingOf(await firstStart(dataDir), dataDir)).index);
    } finally {
      channel.close();
    }
  });

  it('reads every draft on the host’s thread when the worker cannot start', async () => {
    const { dataDir, ids } = await collection();
    const failures: unknown[] = [];
    const library = await firstStart(dataDir, {
      readingWorkerFile: path.join(dataDir, 'no-such-worker.mjs'),
      onReadingWorkerFailed: (error) => failures.push(error),
    });
    expect(failures.length).toBeGreaterThan(0);
    expect(library.reading()).toEqual({
      listed: COUNT,
      total: COUNT,
      searchable: COUNT,
      complete: true,
    });
    expect(
      library
        .list()
        .map((summary) => summary.id)
        .sort(),
    ).toEqual([...ids].sort());
    expect(
      (await library.searchLibrary('الحكومة', { limit: COUNT })).results.length,
    ).toBeGreaterThan(0);
    await library.close();
  });
});
