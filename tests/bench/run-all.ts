// `npm run bench`: every benchmark in one run — typing (with time to editable and bundle
// size), cold start, drafts, publish, pictures and, once it exists, fuzz — then the budgets
// (docs/benchmarks.md, "Budgets"), pass or fail. Each benchmark rewrites its own section of docs/benchmarks.md
// and its entries of docs/benchmarks.json; the budgets section is written last.
// Options: --only typing,cold-start,drafts,publish,pictures,peer,fuzz  --quick (a smoke run that writes
// nothing)  --no-write  --quiet-wait SECONDS (typing waits for a quiet machine; 120)
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { budgetsMarkdown, checkBudgets } from './budgets.ts';
import { COLD_START_RUNS, runColdStartBenchmark } from './cold-start/cold-start.ts';
import { buildColdStartReport } from './cold-start/cold-start-report.ts';
import { describeMachine, machineSummary } from './support/machine.ts';
import {
  writeBenchmarkReport,
  type BenchmarkEntry,
  type BenchmarkReport,
} from './support/results.ts';
import { DEFAULT_OPTIONS, runTypingBenchmark } from './typing/typing-benchmark.ts';
import { buildTypingReport } from './typing/typing-report.ts';

const BENCHMARKS = [
  'typing',
  'cold-start',
  'drafts',
  'publish',
  'pictures',
  'peer',
  'fuzz',
] as const;
type BenchmarkName = (typeof BENCHMARKS)[number];

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const docsDir = path.join(repoRoot, 'docs');
const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    'quiet-wait': { type: 'string' },
  },
});
const quick = values.quick;
const write = !quick && !values['no-write'];
const selected = parseOnly(values.only);
const log = (line: string) => console.log(line);

// Leave through process.exit, so 'exit' handlers stop the servers this run started.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

const startedAt = performance.now();
const reports: BenchmarkReport[] = [];
const failures: string[] = [];
const timings: string[] = [];

if (['typing', 'cold-start', 'drafts', 'peer'].some((name) => selected.has(name as BenchmarkName)))
  await runStep('build', () => spawnNode(['scripts/build.mjs']));
for (const name of BENCHMARKS) {
  if (!selected.has(name)) continue;
  await runStep(name, () => runBenchmark(name));
}

const machine = machineSummary(describeMachine());
const entries = await currentEntries();
const checks = checkBudgets(entries);
const budgets = budgetsMarkdown(checks, machine, new Date().toISOString());
if (write)
  await writeBenchmarkReport({ benchmark: 'budgets', entries: [], markdown: budgets }, docsDir);
log(`\n${timings.join('\n')}\n\n${budgets}`);
if (failures.length) log(`did not finish: ${failures.join('; ')}`);
log(
  `bench: done in ${seconds(performance.now() - startedAt)}${write ? '; docs/benchmarks.md and docs/benchmarks.json rewritten' : '; nothing written'}`,
);
process.exit(failures.length || checks.some((check) => check.pass === false) ? 1 : 0);

async function runBenchmark(name: BenchmarkName): Promise<void> {
  switch (name) {
    case 'typing': {
      const base = quick
        ? { ...DEFAULT_OPTIONS, runs: 1, findingsRuns: 1, keystrokes: 60, warmup: 10, loads: 1 }
        : DEFAULT_OPTIONS;
      const quietWaitMs =
        values['quiet-wait'] === undefined ? base.quietWaitMs : Number(values['quiet-wait']) * 1000;
      const results = await runTypingBenchmark({ ...base, quietWaitMs, repoRoot, log });
      await fs.writeFile(
        path.join(repoRoot, 'dist', 'bench', 'typing-last-results.json'),
        JSON.stringify(results),
      );
      return report(buildTypingReport(results));
    }
    case 'cold-start':
      return report(
        buildColdStartReport(
          await runColdStartBenchmark({ repoRoot, runs: quick ? 2 : COLD_START_RUNS, log }),
        ),
      );
    case 'drafts':
      // Its own process: it needs --expose-gc and measures its own memory.
      return spawnNode([
        '--experimental-strip-types',
        '--no-warnings',
        '--expose-gc',
        'tests/bench/drafts/run.ts',
        ...flags(quick ? ['--quick'] : []),
      ]);
    case 'publish':
      return spawnNode([
        '--experimental-strip-types',
        '--no-warnings',
        'tests/bench/publish/run.ts',
        ...flags(quick ? ['--runs', '1'] : []),
      ]);
    case 'pictures':
      return spawnNode([
        '--experimental-strip-types',
        '--no-warnings',
        'tests/bench/pictures/run.ts',
        ...flags(quick ? ['--count', '2'] : []),
      ]);
    case 'peer':
      // Its own process: on a signal it stops WordPress's servers before leaving.
      return spawnNode([
        '--experimental-strip-types',
        '--no-warnings',
        'tests/bench/peer/run.ts',
        ...flags(quick ? ['--quick'] : []),
      ]);
    case 'fuzz':
      return runFuzz();
  }
}

/** The fuzz benchmark belongs to its own script; it is run when package.json has it. */
async function runFuzz(): Promise<void> {
  const { scripts } = JSON.parse(
    await fs.readFile(path.join(repoRoot, 'package.json'), 'utf8'),
  ) as { scripts: Record<string, string> };
  if (!scripts['bench:fuzz']) {
    log('fuzz: skipped — package.json has no `bench:fuzz` script yet');
    return;
  }
  await spawnProcess(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'bench:fuzz']);
}

function flags(own: string[]): string[] {
  return write ? own : [...own, '--no-write'];
}

async function report(benchmarkReport: BenchmarkReport): Promise<void> {
  reports.push(benchmarkReport);
  if (write) await writeBenchmarkReport(benchmarkReport, docsDir);
  log(`\n${benchmarkReport.markdown}`);
}

async function runStep(name: string, step: () => Promise<void>): Promise<void> {
  const stepStarted = performance.now();
  log(`\n=== ${name} ===`);
  try {
    await step();
  } catch (error) {
    failures.push(`${name}: ${(error as Error).message}`);
    log(`${name} failed: ${(error as Error).stack ?? String(error)}`);
  }
  timings.push(`${name}: ${seconds(performance.now() - stepStarted)}`);
}

/** docs/benchmarks.json, with this run's in-process figures in place of older ones. */
async function currentEntries(): Promise<BenchmarkEntry[]> {
  let saved: BenchmarkEntry[] = [];
  try {
    saved = JSON.parse(
      await fs.readFile(path.join(docsDir, 'benchmarks.json'), 'utf8'),
    ) as BenchmarkEntry[];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const fresh = new Set(reports.map((r) => r.benchmark));
  return [
    ...reports.flatMap((r) => r.entries),
    ...saved.filter((entry) => !fresh.has(entry.benchmark)),
  ];
}

function spawnNode(args: string[]): Promise<void> {
  return spawnProcess(process.execPath, args);
}

function spawnProcess(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: 'inherit' });
    const stop = () => child.kill('SIGTERM');
    process.once('exit', stop);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      process.off('exit', stop);
      if (code === 0) resolve();
      else
        reject(
          new Error(`${path.basename(command)} ${args.join(' ')} ended with ${signal ?? code}`),
        );
    });
  });
}

function parseOnly(only: string | undefined): Set<BenchmarkName> {
  if (!only) return new Set(BENCHMARKS);
  const names = only
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !(BENCHMARKS as readonly string[]).includes(name));
  if (unknown.length)
    throw new Error(
      `unknown benchmark ${unknown.join(', ')}; choose from ${BENCHMARKS.join(', ')}`,
    );
  return new Set(names as BenchmarkName[]);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(0)} s`;
}
