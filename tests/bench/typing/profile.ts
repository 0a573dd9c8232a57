// `node --experimental-strip-types tests/bench/typing/profile.ts [--size 20000] [--kind wire]
// [--way after-paint] [--checker-off]`: where
// does a keystroke's time go? Builds Midad's renderer and the bare Lexical page without
// minification (cpu-profile.ts), types into each with the benchmark's method while the DevTools protocol
// records (1) the page's cumulative script/layout/style time (Performance.getMetrics)
// and (2) a sampling CPU profile, then prints per-keystroke costs and the JS self time
// per source module (from the bundles' `// module path` comments), Midad beside bare Lexical.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { CDPSession } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { startStaticServer } from '../support/static-server.ts';
import { articleName, generateArticle } from './article.ts';
import { startHostWithArticle } from './midad-pages.ts';
import { typedText, writeArticles } from './typing-benchmark.ts';
import { measureTyping, type TypingInstrument } from './typing-session.ts';
import { buildForProfiling, regionIndex, selfTimes, type CpuProfile } from './cpu-profile.ts';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const outRoot = path.join(repoRoot, 'dist', 'bench', 'typing-profile');
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '20000' },
    keystrokes: { type: 'string', default: '200' },
    /** 'wire': the findings-heavy article of the typing benchmark. */
    kind: { type: 'string', default: 'news' },
    way: { type: 'string', default: 'steady' },
    /** Midad with every house-style rule off, as the benchmark's rules-off page. */
    'checker-off': { type: 'boolean', default: false },
  },
});
const size = Number(values.size);
const keystrokes = Number(values.keystrokes);
const kind = oneOf(values.kind, ['news', 'wire'] as const);
const way = oneOf(values.way, ['steady', 'after-paint'] as const);

function oneOf<T extends string>(value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new Error(`expected one of ${allowed.join(', ')}, got "${value}"`);
  return value as T;
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}
interface PageCosts {
  metrics: Record<string, number>;
  /** Total duration of each trace event name on the renderer's main thread. */
  traceTotals: Map<string, number>;
  selfTimeByModule: Map<string, number>;
  selfTimeByFunction: Map<string, number>;
  latencies: number[];
}

const METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'];

await buildForProfiling(repoRoot, outRoot);
const article = generateArticle(size, undefined, kind);
await writeArticles(path.join(outRoot, 'pages', 'articles'), new Map([[size, article]]));
const dataRoot = await fs.mkdtemp(path.join(os.tmpdir(), 'midad-bench-profile-'));
const host = await startHostWithArticle(
  repoRoot,
  dataRoot,
  size,
  article,
  path.join(outRoot, 'renderer'),
  { checkerOff: values['checker-off'] },
);
const pages = await startStaticServer(path.join(outRoot, 'pages'));
const chromium = await launchChromium();
console.log(`profile: ${chromium.version} from ${chromium.executable.path}`);

try {
  const urls = {
    midad: host.openUrl,
    'bare-lexical': `${pages.url}lexical/index.html?size=${articleName(size, kind)}`,
    contenteditable: `${pages.url}contenteditable/index.html?size=${articleName(size, kind)}`,
  };
  const results = new Map<string, PageCosts>();
  for (const [name, url] of Object.entries(urls)) {
    const sourceOf = await regionIndex(
      name === 'midad' ? path.join(outRoot, 'renderer') : path.join(outRoot, 'pages'),
    );
    let costs: Omit<PageCosts, 'latencies'> | undefined;
    const instrument: TypingInstrument = async (cdp) => {
      await cdp.send('Performance.enable');
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      const before = await readMetrics(cdp);
      const traceEvents: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', ({ value }) =>
        traceEvents.push(...(value as unknown as TraceEvent[])),
      );
      const traceDone = new Promise<void>((resolve) =>
        cdp.once('Tracing.tracingComplete', () => resolve()),
      );
      await cdp.send('Tracing.start', {
        transferMode: 'ReportEvents',
        traceConfig: {
          includedCategories: [
            'devtools.timeline',
            'blink',
            'disabled-by-default-devtools.timeline',
          ],
        },
      });
      await cdp.send('Profiler.start');
      return async () => {
        const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
        // Kept for DevTools (Performance → load profile) and for reading who called what.
        await fs.writeFile(path.join(outRoot, `${name}.cpuprofile`), JSON.stringify(profile));
        await cdp.send('Tracing.end');
        await traceDone;
        const after = await readMetrics(cdp);
        const metrics = Object.fromEntries(
          METRICS.map((metric) => [
            metric,
            ((after[metric] - before[metric]) * 1000) / (keystrokes + 15),
          ]),
        );
        costs = {
          metrics,
          traceTotals: mainThreadTotals(traceEvents),
          ...selfTimes(profile, sourceOf),
        };
      };
    };
    const plan = {
      caretAnchor: article.caretAnchor,
      text: typedText(keystrokes + 15),
      warmup: 15,
      intervalMs: 33,
      way,
    };
    const latencies = await measureTyping(chromium.browser, url, plan, instrument);
    results.set(name, { ...costs!, latencies });
  }
  report(results);
} finally {
  await chromium.browser.close();
  await pages.close();
  await host.stop();
  await fs.rm(dataRoot, { recursive: true, force: true });
}

async function readMetrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((metric) => [metric.name, metric.value]));
}

function mainThreadTotals(events: TraceEvent[]): Map<string, number> {
  const main = events.find(
    (event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
  );
  const totals = new Map<string, number>();
  for (const event of events) {
    if (!main || event.pid !== main.pid || event.tid !== main.tid || event.ph !== 'X' || !event.dur)
      continue;
    totals.set(event.name, (totals.get(event.name) ?? 0) + event.dur / 1000);
  }
  return totals;
}

function report(results: Map<string, PageCosts>): void {
  const perKey = (ms: number) => (ms / (keystrokes + 15)).toFixed(3);
  console.log(`\nPer keystroke, ${size} words, ms (Performance.getMetrics deltas / keystrokes):`);
  for (const [name, costs] of results) {
    const sorted = [...costs.latencies].sort((a, b) => a - b);
    const p = (q: number) => sorted[Math.ceil(q * sorted.length) - 1].toFixed(1);
    console.log(
      `  ${name.padEnd(16)} ${METRICS.map((metric) => `${metric.replace('Duration', '')} ${costs.metrics[metric].toFixed(2)}`).join('  ')}  latency p50 ${p(0.5)} p95 ${p(0.95)}`,
    );
  }
  const names = [...results.keys()];
  const traceNames = new Set(names.flatMap((name) => [...results.get(name)!.traceTotals.keys()]));
  const totalOf = (name: string, event: string) => results.get(name)!.traceTotals.get(event) ?? 0;
  console.log(
    `\nRenderer main thread, trace events (total ms per keystroke, nested events overlap):`,
  );
  console.log(`  ${'event'.padEnd(44)}${names.map((name) => name.padStart(17)).join('')}`);
  const rows = [...traceNames]
    .sort((a, b) => totalOf('midad', b) - totalOf('midad', a))
    .slice(0, 30);
  for (const event of rows) {
    console.log(
      `  ${event.slice(0, 43).padEnd(44)}${names.map((name) => perKey(totalOf(name, event)).padStart(17)).join('')}`,
    );
  }
  for (const name of ['midad', 'bare-lexical']) {
    const costs = results.get(name)!;
    console.log(`\nJS self time by source module, ${name} (ms per keystroke):`);
    for (const [module, ms] of [...costs.selfTimeByModule]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 18)) {
      console.log(`  ${perKey(ms).padStart(7)}  ${module}`);
    }
    console.log(`\nTop functions by self time, ${name} (ms per keystroke):`);
    for (const [fn, ms] of [...costs.selfTimeByFunction].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
      console.log(`  ${perKey(ms).padStart(7)}  ${fn}`);
    }
  }
}
