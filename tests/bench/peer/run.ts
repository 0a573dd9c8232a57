// `npm run bench:peer`: Midad beside WordPress 6.1's block editor, same article, and
// rewrites its part of docs/benchmarks.md and docs/benchmarks.json. Options: --loads N
// --runs N --keystrokes N --warmup N --quiet-wait SECONDS --quick (a smoke run that writes
// nothing) --no-write (print only).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeBenchmarkReport } from '../support/results.ts';
import {
  DEFAULT_PEER_OPTIONS,
  QUICK_PEER_OPTIONS,
  runPeerBenchmark,
  stopEverything,
  type PeerBenchmarkOptions,
} from './peer-benchmark.ts';
import { buildPeerReport } from './peer-report.ts';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const { values } = parseArgs({
  options: {
    loads: { type: 'string' },
    runs: { type: 'string' },
    keystrokes: { type: 'string' },
    warmup: { type: 'string' },
    'quiet-wait': { type: 'string' },
    quick: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
  },
});

// WordPress's php -S and MariaDB run in their own process groups: stop them before leaving.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void stopEverything().finally(() => process.exit(130)));
}

const base = values.quick ? QUICK_PEER_OPTIONS : DEFAULT_PEER_OPTIONS;
const whole = (text: string | undefined, fallback: number, least = 1) => {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < least)
    throw new Error(`expected a whole number of at least ${least}, got "${text}"`);
  return value;
};
const options: PeerBenchmarkOptions = {
  ...base,
  repoRoot,
  loads: whole(values.loads, base.loads),
  runs: whole(values.runs, base.runs),
  keystrokes: whole(values.keystrokes, base.keystrokes),
  warmup: whole(values.warmup, base.warmup, 0),
  quietWaitMs: whole(values['quiet-wait'], base.quietWaitMs / 1000, 0) * 1000,
  log: (line) => console.log(line),
};

const report = buildPeerReport(await runPeerBenchmark(options));
const write = !values.quick && !values['no-write'];
if (write) await writeBenchmarkReport(report, path.join(repoRoot, 'docs'));
console.log(`\n${report.markdown}\n`);
console.log(
  `peer: done${write ? '; docs/benchmarks.md and docs/benchmarks.json rewritten' : '; nothing written'}`,
);
