// `npm run bench:drafts`: the draft library with 10,000 generated drafts of ~800 Arabic
// words (made once into a temp folder and reused), then writes its part of
// docs/benchmarks.md and docs/benchmarks.json.
// Options: --drafts N --words N --kills N --workers N --quick (a short smoke run) --no-write
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DraftLibrary } from '../../../electron/services/drafts/draft-library.ts';
import { describeMachine, machineSummary } from '../support/machine.ts';
import { writeBenchmarkReport } from '../support/results.ts';
import { generateQueries } from './arabic-corpus.ts';
import { ensureCollection } from './collection.ts';
import {
  autosave,
  firstOpens,
  memory,
  plainScan,
  searchLatency,
  soak,
  warmOpen,
} from './measurements.ts';
import { draftsReport } from './report.ts';

const { values } = parseArgs({
  options: {
    drafts: { type: 'string' },
    words: { type: 'string' },
    kills: { type: 'string' },
    workers: { type: 'string' },
    quick: { type: 'boolean' },
    'no-write': { type: 'boolean' },
  },
});
const quick = values.quick ?? false;
const draftCount = Number(values.drafts ?? (quick ? 500 : 10_000));
const wordsPerDraft = Number(values.words ?? 800);
const kills = Number(values.kills ?? (quick ? 20 : 1000));
const workers = Number(values.workers ?? 2);
/** First opens without caches, each in its own process; the median is reported. */
const FIRST_OPENS = 3;
const log = (message: string) => console.log(`[bench:drafts] ${message}`);
const loadAtStart = os.loadavg()[0];

const { dataDir, generated } = await ensureCollection(draftCount, wordsPerDraft);
log(`${generated ? 'generated' : 'reusing'} ${draftCount} drafts in ${dataDir}`);

const first = await firstOpens(dataDir, quick ? 1 : FIRST_OPENS);
log(
  `first open (no caches, median of ${first.allReadRuns.length} fresh processes): answering after ${first.usableMs.toFixed(0)} ms (a search meanwhile ${first.searchWhileReadingMs.toFixed(0)} ms), every draft listed and searchable after ${first.allReadMs.toFixed(0)} ms (runs: ${first.allReadRuns.map((ms) => ms.toFixed(0)).join(', ')} ms)`,
);
const warm = await warmOpen(dataDir, 5);
log(
  `warm open: list ready ${warm.listMs.toFixed(1)} ms, all entries verified ${warm.verifiedMs.toFixed(1)} ms`,
);

const queries = generateQueries(100);
const library = await DraftLibrary.open({ dataDir });
const search = await searchLatency(library, queries);
log(
  `search: p50 ${search.p50.toFixed(2)} ms, p95 ${search.p95.toFixed(2)} ms (index load ${search.loadMs.toFixed(0)} ms, ${search.withResults}/100 queries found drafts)`,
);
await library.close();
const held = await memory(dataDir);
log(
  `a fresh process: first search answered ${held.firstSearchMs.toFixed(0)} ms after opening; RSS ${held.rssMiB.toFixed(0)} MiB, heap ${held.heapMiB.toFixed(0)} MiB with the collection open and searchable`,
);

const scanMs = await plainScan(dataDir, queries.slice(0, quick ? 3 : 5));
log(`plain scan of all files: ${scanMs.toFixed(0)} ms per query`);

const save = await autosave(20_000, 10);
log(
  `autosave of a 20,000-word draft: ${save.ms.toFixed(1)} ms, ${save.bytes} bytes (with a revision: ${save.withRevisionMs.toFixed(1)} ms)`,
);

const soakStarted = performance.now();
const soaked = await soak(kills, workers, 1129);
log(
  `soak: ${soaked.survived}/${kills} kills survived, ${soaked.lost} lost, in ${((performance.now() - soakStarted) / 1000).toFixed(0)} s`,
);

const report = draftsReport({
  draftCount,
  wordsPerDraft,
  kills,
  first,
  warm,
  search,
  scanMs,
  save,
  held,
  soaked,
  machine: machineSummary(describeMachine()),
  load: { atStart: loadAtStart, atEnd: os.loadavg()[0] },
  date: new Date().toISOString(),
});
console.log(report.markdown);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
if (!values['no-write'] && !quick) await writeBenchmarkReport(report, path.join(repoRoot, 'docs'));
