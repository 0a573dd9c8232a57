// `npm run bench:typing`: runs the typing benchmark and rewrites its part of
// docs/benchmarks.md and docs/benchmarks.json. Options: --runs N --keystrokes N
// --warmup N --interval MS --loads N --findings-runs N (loads per page, size and way on the
// findings-heavy article; 0 leaves it out) --sizes 5000,20000 --quiet-wait SECONDS
// --quick (a short smoke run) --no-write (print only) --from-last (rewrite the docs from
// the raw results of the last run, kept in dist/bench/typing-last-results.json).
// Midad's own spellchecker is measured in every run: its page (midad-spelling) beside
// Midad with it off, interleaved.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeBenchmarkReport } from '../support/results.ts';
import {
  DEFAULT_OPTIONS,
  runTypingBenchmark,
  type TypingBenchmarkOptions,
  type TypingResults,
} from './typing-benchmark.ts';
import { buildTypingReport } from './typing-report.ts';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

function readOptions(): TypingBenchmarkOptions {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string' },
      keystrokes: { type: 'string' },
      warmup: { type: 'string' },
      interval: { type: 'string' },
      loads: { type: 'string' },
      'findings-runs': { type: 'string' },
      sizes: { type: 'string' },
      'quiet-wait': { type: 'string' },
      quick: { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
      'from-last': { type: 'boolean', default: false },
    },
  });
  const base = values.quick
    ? { ...DEFAULT_OPTIONS, runs: 1, findingsRuns: 1, keystrokes: 60, warmup: 10, loads: 1 }
    : DEFAULT_OPTIONS;
  const integer = (text: string | undefined, fallback: number) => {
    if (text === undefined) return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value < 0)
      throw new Error(`expected a whole number, got "${text}"`);
    return value;
  };
  return {
    repoRoot,
    sizes: values.sizes ? values.sizes.split(',').map((size) => integer(size, 0)) : base.sizes,
    runs: integer(values.runs, base.runs),
    findingsRuns: integer(values['findings-runs'], base.findingsRuns),
    keystrokes: integer(values.keystrokes, base.keystrokes),
    warmup: integer(values.warmup, base.warmup),
    intervalMs: integer(values.interval, base.intervalMs),
    loads: integer(values.loads, base.loads),
    quietWaitMs: integer(values['quiet-wait'], base.quietWaitMs / 1000) * 1000,
    log: (line) => console.log(line),
  };
}

// Leave through process.exit, so 'exit' handlers stop the servers this run started.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

const startedAt = performance.now();
const lastResultsPath = path.join(repoRoot, 'dist', 'bench', 'typing-last-results.json');
const results = process.argv.includes('--from-last')
  ? await readLastResults()
  : await runTypingBenchmark(readOptions());
await fs.writeFile(lastResultsPath, JSON.stringify(results));
const report = buildTypingReport(results);
if (!process.argv.includes('--no-write'))
  await writeBenchmarkReport(report, path.join(repoRoot, 'docs'));
console.log(`\n${report.markdown}\n`);
console.log(`typing: done in ${((performance.now() - startedAt) / 1000).toFixed(0)} s`);

async function readLastResults(): Promise<TypingResults> {
  const raw = JSON.parse(await fs.readFile(lastResultsPath, 'utf8')) as TypingResults & {
    date: string;
  };
  return { ...raw, date: new Date(raw.date) };
}
