// Turns the draft-library figures into benchmark entries and a markdown section.
import type { BenchmarkEntry, BenchmarkReport } from '../support/results.ts';
import { round } from '../support/statistics.ts';
import { READING_WORKER_FILE, type FirstOpenFigures } from './measurements.ts';

export interface DraftsFigures {
  draftCount: number;
  wordsPerDraft: number;
  kills: number;
  /** Medians of first opens in fresh processes; `allReadRuns` each one's time to read every draft. */
  first: FirstOpenFigures & { allReadRuns: number[] };
  warm: { listMs: number; verifiedMs: number };
  search: { p50: number; p95: number; loadMs: number; withResults: number };
  scanMs: number;
  save: { ms: number; bytes: number; withRevisionMs: number };
  held: { rssMiB: number; heapMiB: number; firstSearchMs: number };
  soaked: { survived: number; lost: number };
  machine: string;
  /** The 1-minute load average as the run started and ended: the machine may be shared. */
  load: { atStart: number; atEnd: number };
  date: string;
}

export function draftsReport(figures: DraftsFigures): BenchmarkReport {
  const { date, machine } = figures;
  const entry = (
    name: string,
    figure: number,
    unit: string,
    extra: Partial<Pick<BenchmarkEntry, 'baseline' | 'ratio' | 'target'>> = {},
  ): BenchmarkEntry => ({
    benchmark: 'drafts',
    case: name,
    figure: round(figure, 2),
    unit,
    baseline: extra.baseline ?? null,
    ratio: extra.ratio ?? null,
    date,
    machine,
    ...(extra.target ? { target: extra.target } : {}),
  });
  const scanOverP50 = figures.scanMs / figures.search.p50;
  const entries: BenchmarkEntry[] = [
    entry('list ready at open (warm)', figures.warm.listMs, 'ms', {
      target: { rule: 'figure < 300', pass: figures.warm.listMs < 300 },
    }),
    entry('all cached entries verified at open (warm)', figures.warm.verifiedMs, 'ms'),
    entry(
      'first open without caches: the library answers (it reads its drafts behind)',
      figures.first.usableMs,
      'ms',
      {
        target: { rule: 'figure < 500', pass: figures.first.usableMs < 500 },
      },
    ),
    entry(
      'first open without caches: a search answered while the drafts are read',
      figures.first.searchWhileReadingMs,
      'ms',
    ),
    entry(
      'first open without caches: every draft listed and searchable',
      figures.first.allReadMs,
      'ms',
      {
        target: { rule: 'figure < 5000', pass: figures.first.allReadMs < 5000 },
      },
    ),
    entry(
      'first search answered after opening (fresh process, caches present)',
      figures.held.firstSearchMs,
      'ms',
      {
        target: { rule: 'figure < 500', pass: figures.held.firstSearchMs < 500 },
      },
    ),
    entry(
      'first search of the benchmark process (index loaded at open)',
      figures.search.loadMs,
      'ms',
    ),
    entry('search p50', figures.search.p50, 'ms', {
      baseline: { case: 'plain scan per query', figure: round(figures.scanMs, 1) },
      ratio: round(figures.search.p50 / figures.scanMs, 5),
    }),
    entry('search p95', figures.search.p95, 'ms', {
      baseline: { case: 'plain scan per query', figure: round(figures.scanMs, 1) },
      ratio: round(figures.search.p95 / figures.scanMs, 5),
      target: {
        rule: 'figure < 50 and baseline / figure >= 50',
        pass: figures.search.p95 < 50 && figures.scanMs / figures.search.p95 >= 50,
      },
    }),
    entry('plain scan per query', figures.scanMs, 'ms'),
    entry('autosave of a 20,000-word draft', figures.save.ms, 'ms'),
    entry('bytes written by that autosave', figures.save.bytes, 'bytes'),
    entry(
      'autosave of a 20,000-word draft that also keeps a revision',
      figures.save.withRevisionMs,
      'ms',
    ),
    entry('process RSS with the collection open and searchable', figures.held.rssMiB, 'MiB', {
      target: { rule: 'figure < 200', pass: figures.held.rssMiB < 200 },
    }),
    entry('JS heap with the collection open and searchable', figures.held.heapMiB, 'MiB'),
    entry('soak kills survived', figures.soaked.survived, 'kills', {
      target: {
        rule: `figure = ${figures.kills}`,
        pass: figures.soaked.survived === figures.kills,
      },
    }),
    entry('soak drafts lost', figures.soaked.lost, 'drafts', {
      target: { rule: 'figure = 0', pass: figures.soaked.lost === 0 },
    }),
  ];
  const rows = entries.map(
    (item) =>
      `| ${item.case} | ${item.figure} ${item.unit} | ${item.baseline ? `${item.baseline.figure} ms (${item.baseline.case}), ×${round(1 / (item.ratio ?? 1), 0)} faster` : ''} | ${item.target ? `${item.target.rule}: ${item.target.pass ? 'pass' : 'FAIL'}` : ''} |`,
  );
  const markdown = [
    '## Draft library (`npm run bench:drafts`)',
    '',
    `${figures.draftCount} generated drafts of ~${figures.wordsPerDraft} Arabic words each; 100 varied Arabic queries`,
    '(spelling variants of hamza, ta marbuta, alef maqsura, tatweel, harakat, Arabic-Indic digits, pairs and',
    `prefixes; ${figures.search.withResults} of them found drafts). The plain scan reads and normalizes every draft file per query.`,
    `Search is ×${round(scanOverP50, 0)} faster than the scan at p50. The soak kills a saving child process with SIGKILL`,
    `${figures.kills} times at seeded random moments and opens the library after each kill.`,
    '',
    `Run ${figures.date} on ${machine}; 1-minute load average ${round(figures.load.atStart, 1)} at the start, ${round(figures.load.atEnd, 1)} at the end.`,
    'A first start without caches answers at once and reads the drafts behind, newest first: the list grows and search',
    'answers from what is read, saying how much that is (docs/library-index.md). As both hosts do, it reads all but the',
    `newest on the reading workers (electron/services/drafts/reading/), here ${READING_WORKER_FILE.endsWith('.mjs') ? 'the built ones (dist/web-host/reading-worker.mjs)' : 'started from their source files'}.`,
    `Its figures are medians of ${figures.first.allReadRuns.length} first opens, each in a fresh process as an app's first start is`,
    `(every draft read after ${figures.first.allReadRuns.map((ms) => `${round(ms, 0)}`).join(', ')} ms).`,
    '',
    '| Case | Figure | Against the baseline | Target |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
  return { benchmark: 'drafts', entries, markdown };
}
