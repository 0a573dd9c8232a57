// `node --experimental-strip-types tests/bench/cold-start/compare-builds.ts <copyA> <copyB> [--runs 40]`:
// the empty-folder cold start (web host spawned to editor painted) of two builds of Midad,
// interleaved in one browser, each run with its own fresh data folder. A copy is a folder
// holding `package.json` and a built `dist/` (`cp -r package.json dist /tmp/copyA`). For
// trying a change before it goes into the benchmark: single figures move 1.5× from run to
// run on a 2-core machine, so only many interleaved runs compare.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../support/chromium.ts';
import { startMidadWebHost } from '../support/midad-web-host.ts';
import { median } from '../support/statistics.ts';
import { measureTimeToEditable } from '../typing/typing-session.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '40' } },
});
if (positionals.length !== 2)
  throw new Error('usage: compare-builds.ts <copyA> <copyB> [--runs 40]');
const builds = positionals.map((dir) => path.resolve(dir));
const runs = Number(values.runs);
const chromium = await launchChromium();
const workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'midad-compare-builds-'));
const coldStartMs: number[][] = builds.map(() => []);
try {
  for (let run = 0; run <= runs; run += 1) {
    const order = run % 2 === 0 ? [0, 1] : [1, 0];
    for (const index of order) {
      const dataDir = path.join(workDir, `run-${run}-${index}`);
      await fs.mkdir(dataDir);
      // Let the last run's processes wind down first: their exit is noise in this one.
      await new Promise((resolve) => setTimeout(resolve, 400));
      const host = await startMidadWebHost({ repoRoot: builds[index], dataDir });
      try {
        const ms = await measureTimeToEditable(chromium.browser, host.openUrl);
        if (run > 0) coldStartMs[index].push(host.startupMs + ms);
      } finally {
        await host.stop();
      }
    }
  }
} finally {
  await chromium.browser.close();
  await fs.rm(workDir, { recursive: true, force: true });
}
/** The mean of the middle half: steadier than the median over a few dozen noisy runs. */
function interquartileMean(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.slice(Math.floor(sorted.length / 4), Math.ceil((sorted.length * 3) / 4));
  return middle.reduce((sum, value) => sum + value, 0) / middle.length;
}
for (const [index, dir] of builds.entries()) {
  console.log(
    `${dir}: median ${median(coldStartMs[index]).toFixed(0)} ms, interquartile mean ${interquartileMean(coldStartMs[index]).toFixed(0)} ms (${coldStartMs[index].map((ms) => ms.toFixed(0)).join(', ')})`,
  );
}
console.log(
  `B / A: median ${(median(coldStartMs[1]) / median(coldStartMs[0])).toFixed(2)}×, interquartile mean ${(interquartileMean(coldStartMs[1]) / interquartileMean(coldStartMs[0])).toFixed(2)}×`,
);
