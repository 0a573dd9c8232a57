// `npm run bench:fuzz`: the fuzz properties of tests/unit/fuzz at 20 times their size ("bad
// input everywhere"), with a random seed unless MIDAD_FUZZ_SEED is set. Reports cases
// per second and failures into docs/benchmarks.md and docs/benchmarks.json; exits 1 on a failure.
// Options: --scale N (default 20) --no-write
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fuzzArticleDocuments } from '../../support/fuzz/article-documents.ts';
import { fuzzDataFiles } from '../../support/fuzz/data-files.ts';
import { fuzzHostCalls } from '../../support/fuzz/host-calls.ts';
import { fuzzMidadImports } from '../../support/fuzz/midad-imports.ts';
import type { PropertyResult } from '../../support/fuzz/property.ts';
import { fuzzWordPressAnswers } from '../../support/fuzz/wordpress-answers.ts';
import { describeMachine, machineSummary } from '../support/machine.ts';
import { writeBenchmarkReport, type BenchmarkEntry } from '../support/results.ts';

const { values } = parseArgs({
  options: { scale: { type: 'string' }, 'no-write': { type: 'boolean' } },
});
const scale = Number(values.scale ?? 20);
const seed = process.env.MIDAD_FUZZ_SEED
  ? Number(process.env.MIDAD_FUZZ_SEED) >>> 0
  : (Math.random() * 2 ** 32) >>> 0;
const log = (message: string) => console.log(`[bench:fuzz] ${message}`);

// A rejection nobody handled is a failure of its own, whichever case caused it.
const unhandled: string[] = [];
process.on('unhandledRejection', (reason) =>
  unhandled.push(reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)),
);

/** The unit test's case counts (tests/unit/fuzz), times the scale. */
const properties: {
  name: string;
  unitCases: number;
  run: (options: { seed: number; cases: number; timeLimitMs: number }) => Promise<PropertyResult>;
}[] = [
  { name: 'host calls', unitCases: 300, run: fuzzHostCalls },
  { name: 'damaged data folders', unitCases: 120, run: fuzzDataFiles },
  { name: 'damaged .midad imports', unitCases: 300, run: fuzzMidadImports },
  { name: 'WordPress answering badly', unitCases: 250, run: fuzzWordPressAnswers },
  { name: 'article documents', unitCases: 400, run: fuzzArticleDocuments },
];

log(`seed ${seed} (replay with MIDAD_FUZZ_SEED=${seed}), scale ${scale}`);
const results: (PropertyResult & { label: string })[] = [];
for (const property of properties) {
  const result = await property.run({
    seed,
    cases: property.unitCases * scale,
    timeLimitMs: 10 * 60_000,
  });
  results.push({ ...result, label: property.name });
  const perSecond = result.casesRun / (result.elapsedMs / 1000);
  log(
    `${property.name}: ${result.casesRun} cases in ${Math.round(result.elapsedMs)} ms (${perSecond.toFixed(0)}/s), ${result.failures.length} failures`,
  );
  for (const failure of result.failures) console.error(failure);
}
for (const reason of unhandled) console.error(`[bench:fuzz] unhandled rejection: ${reason}`);
const failures =
  results.reduce((sum, result) => sum + result.failures.length, 0) + unhandled.length;

if (!values['no-write']) {
  const machine = machineSummary(describeMachine());
  const date = new Date().toISOString();
  const entries: BenchmarkEntry[] = results.flatMap((result) => [
    {
      benchmark: 'fuzz',
      case: `${result.label}: cases per second`,
      figure: Math.round(result.casesRun / (result.elapsedMs / 1000)),
      unit: 'cases/s',
      baseline: null,
      ratio: null,
      date,
      machine,
    },
    {
      benchmark: 'fuzz',
      case: `${result.label}: failures in ${result.casesRun} cases`,
      figure: result.failures.length,
      unit: 'failures',
      baseline: null,
      ratio: null,
      date,
      machine,
      target: { rule: 'figure = 0', pass: result.failures.length === 0 },
    },
  ]);
  entries.push({
    benchmark: 'fuzz',
    case: 'unhandled rejections',
    figure: unhandled.length,
    unit: 'rejections',
    baseline: null,
    ratio: null,
    date,
    machine,
    target: { rule: 'figure = 0', pass: unhandled.length === 0 },
  });
  const rows = results.map(
    (result) =>
      `| ${result.label} | ${result.casesRun} | ${(result.elapsedMs / 1000).toFixed(1)} s | ${Math.round(result.casesRun / (result.elapsedMs / 1000))} | ${result.failures.length} |`,
  );
  const markdown = `## Fuzzing: bad input everywhere (\`npm run bench:fuzz\`)

The fuzz properties of \`tests/unit/fuzz\` at ${scale}× their \`npm test\` size, seed ${seed}
(replay with \`MIDAD_FUZZ_SEED=${seed}\`): random and mutated calls of every contract method
through the host, damaged files in a data folder, damaged \`.midad\` imports, and a loopback
WordPress answering badly. A failure is a crash, an unknown or internal error code, a changed
draft or a leaked application password. Unhandled rejections: ${unhandled.length}.

| Property | Cases | Time | Cases/s | Failures |
| --- | ---: | ---: | ---: | ---: |
${rows.join('\n')}

Machine: ${machine}. ${date}.
`;
  await writeBenchmarkReport(
    { benchmark: 'fuzz', entries, markdown },
    path.resolve(fileURLToPath(new URL('../../../docs', import.meta.url))),
  );
  log('wrote docs/benchmarks.md and docs/benchmarks.json');
}
process.exit(failures > 0 ? 1 : 0);
