// Turns the cold-start results into docs/benchmarks.json entries and their section of
// docs/benchmarks.md, with the 1.2× budget (docs/benchmarks.md, "Budgets").
import type { BenchmarkEntry, BenchmarkReport } from '../support/results.ts';
import { machineSummary } from '../support/machine.ts';
import { median, round } from '../support/statistics.ts';
import {
  COLD_START_CASES,
  type ColdStartCase,
  type ColdStartResults,
  type ColdStartSample,
} from './cold-start.ts';

export const COLD_START_BENCHMARK = 'cold-start';
export const COLD_START_BUDGET = 1.2;

const LABELS: Record<ColdStartCase, string> = {
  empty: 'empty data folder',
  '20000': 'a 20,000-word draft',
};
const caseName = (page: 'midad' | 'bare-lexical', coldCase: ColdStartCase) =>
  `${page}, cold start with ${coldCase === 'empty' ? 'an empty data folder' : 'a 20,000-word draft'} (median)`;

interface Medians {
  serverMs: number;
  pageMs: number;
  totalMs: number;
}

const medians = (samples: ColdStartSample[]): Medians => ({
  serverMs: median(samples.map((s) => s.serverMs)),
  pageMs: median(samples.map((s) => s.pageMs)),
  totalMs: median(samples.map((s) => s.totalMs)),
});

export function buildColdStartReport(results: ColdStartResults): BenchmarkReport {
  const date = results.date.toISOString();
  const machine = machineSummary(results.machine);
  const entries: BenchmarkEntry[] = [];
  const rows: string[] = [];
  for (const coldCase of COLD_START_CASES) {
    const midad = medians(results.samples[coldCase].midad);
    const bare = medians(results.samples[coldCase].bareLexical);
    const ratio = round(midad.totalMs / bare.totalMs, 3);
    const pass = ratio <= COLD_START_BUDGET;
    const base = { unit: 'ms', date, machine, benchmark: COLD_START_BENCHMARK };
    entries.push({
      ...base,
      case: caseName('bare-lexical', coldCase),
      figure: round(bare.totalMs, 1),
      baseline: null,
      ratio: null,
    });
    entries.push({
      ...base,
      case: caseName('midad', coldCase),
      figure: round(midad.totalMs, 1),
      baseline: { case: caseName('bare-lexical', coldCase), figure: round(bare.totalMs, 1) },
      ratio,
      target: { rule: `ratio <= ${COLD_START_BUDGET}`, pass },
    });
    const runs = (samples: ColdStartSample[]) =>
      samples.map((s) => s.totalMs.toFixed(0)).join(', ');
    rows.push(
      `| ${LABELS[coldCase]} | bare Lexical | ${bare.serverMs.toFixed(0)} | ${bare.pageMs.toFixed(0)} | ${bare.totalMs.toFixed(0)} | | ${runs(results.samples[coldCase].bareLexical)} |`,
    );
    rows.push(
      `| ${LABELS[coldCase]} | Midad | ${midad.serverMs.toFixed(0)} | ${midad.pageMs.toFixed(0)} | ${midad.totalMs.toFixed(0)} | ${ratio.toFixed(2)}× (≤ ${COLD_START_BUDGET}×: ${pass ? '**pass**' : '**fail**'}) | ${runs(results.samples[coldCase].midad)} |`,
    );
  }
  const markdown = `## Cold start in browser mode

\`npm run bench\` (tests/bench/cold-start), ${date.slice(0, 16).replace('T', ' ')} UTC. Machine: ${machine}.

Method: Midad's server process (\`node dist/web-host/server.mjs\` on a fresh copy of the data
folder) is spawned; *server* is the time until it prints its URL, *page* the time from the
navigation in a fresh browser context to the first frame painted with
\`[data-testid=editor][data-ready=true]\`; the cold start is their sum. The bare Lexical page of
the typing benchmark is measured the same way, its static server spawned as its own Node
process (\`tests/bench/cold-start/serve-comparison-pages.ts\`) and the page loading the same
article (or one empty paragraph). The browser itself is already running; one uncounted load
of each warms it. Median of ${results.runs} runs per row, interleaved.

| Data | Page | server ms | page ms | cold start ms | vs bare Lexical | each run ms |
| --- | --- | ---: | ---: | ---: | --- | --- |
${rows.join('\n')}
`;
  return { benchmark: COLD_START_BENCHMARK, entries, markdown };
}
