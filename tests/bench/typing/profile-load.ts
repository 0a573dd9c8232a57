// `node --experimental-strip-types tests/bench/typing/profile-load.ts [--size 20000|empty] [--loads 3]`:
// where does time-to-editable go? Cold loads of Midad and the bare Lexical page (built
// unminified, cpu-profile.ts) under the CPU profiler, from navigation to the first frame
// painted with the editor ready; prints the ready times, the requests, the JS self time
// per source module and the inclusive time of Lexical's and Midad's own functions.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { median } from '../support/statistics.ts';
import { startMidadWebHost } from '../support/midad-web-host.ts';
import { startStaticServer } from '../support/static-server.ts';
import { EMPTY_ARTICLE } from '../cold-start/cold-start.ts';
import { generateArticle } from './article.ts';
import {
  buildForProfiling,
  inclusiveTimes,
  regionIndex,
  selfTimes,
  type CpuProfile,
} from './cpu-profile.ts';
import { installPageProbe, type PageProbe } from './page-probe.ts';
import { startHostWithArticle } from './midad-pages.ts';
import { writeArticles } from './typing-benchmark.ts';

type ProbeWindow = Window & { __benchProbe: PageProbe };

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const outRoot = path.join(repoRoot, 'dist', 'bench', 'typing-profile');
const { values } = parseArgs({
  options: { size: { type: 'string', default: '20000' }, loads: { type: 'string', default: '3' } },
});
// `empty`: an empty data folder (its first load makes the draft the later ones open), as in the cold start.
const empty = values.size === 'empty';
const size = empty ? 0 : Number(values.size);
const loads = Number(values.loads);
/** Lexical's phases and the app's own code; React internals and helpers stay out. */
const INTERESTING =
  /— (renderer|common)\/|^(\$\w+|markNodesWithTypesAsDirty|registerNodeTransform|parseEditorState|setRootElement|onDocumentSelectionChange|triggerTextContentListeners|registerList|registerLink\w*) — /;

interface LoadProfile {
  readyPaintedAt: number;
  requests: string;
  selfTimeByModule: Map<string, number>;
  inclusive: Map<string, number>;
}

await buildForProfiling(repoRoot, outRoot);
const article = generateArticle(size);
await writeArticles(path.join(outRoot, 'pages', 'articles'), new Map([[size, article]]));
await fs.writeFile(
  path.join(outRoot, 'pages', 'articles', 'empty.lexical.json'),
  JSON.stringify(EMPTY_ARTICLE),
);
const dataRoot = await fs.mkdtemp(path.join(os.tmpdir(), 'midad-bench-profile-load-'));
const host = empty
  ? await startMidadWebHost({
      repoRoot,
      dataDir: dataRoot,
      rendererDir: path.join(outRoot, 'renderer'),
    })
  : await startHostWithArticle(repoRoot, dataRoot, size, article, path.join(outRoot, 'renderer'));
const pageSize = empty ? 'empty' : String(size);
const pages = await startStaticServer(path.join(outRoot, 'pages'));
const chromium = await launchChromium();
console.log(`profile-load: ${chromium.version} from ${chromium.executable.path}`);
try {
  const targets = [
    {
      name: 'midad',
      url: host.openUrl,
      sourceOf: await regionIndex(path.join(outRoot, 'renderer')),
    },
    {
      name: 'bare-lexical',
      url: `${pages.url}lexical/index.html?size=${pageSize}`,
      sourceOf: await regionIndex(path.join(outRoot, 'pages')),
    },
  ];
  const results = new Map<string, LoadProfile[]>();
  for (let load = 0; load < loads; load += 1) {
    for (const target of load % 2 === 0 ? targets : [...targets].reverse()) {
      const profile = await profileLoad(chromium.browser, target.url, target.sourceOf);
      results.set(target.name, [...(results.get(target.name) ?? []), profile]);
    }
  }
  for (const [name, profiles] of results) report(name, profiles);
} finally {
  await chromium.browser.close();
  await pages.close();
  await host.stop();
  await fs.rm(dataRoot, { recursive: true, force: true });
}

async function profileLoad(
  browser: Browser,
  url: string,
  sourceOf: (url: string, line: number) => string,
): Promise<LoadProfile> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript(installPageProbe);
    const page = await context.newPage();
    // Open the origin first, so the profiler attaches to the renderer process the page will use.
    // (An error page: the web host answers 401 without its token, the static server 404.)
    await page.goto(new URL('/profile-load-blank', url).href).catch(() => undefined);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(url);
    const readyPaintedAt = await page.evaluate(
      () => (window as unknown as ProbeWindow).__benchProbe.whenReadyPainted,
    );
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    const requests = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map(
          (entry) =>
            `${entry.name.split('/').pop()!.split('?')[0].slice(0, 28)} ${Math.round(entry.startTime)}–${Math.round((entry as PerformanceResourceTiming).responseEnd)}`,
        )
        .join(' | '),
    );
    return {
      readyPaintedAt,
      requests,
      selfTimeByModule: selfTimes(profile, sourceOf).selfTimeByModule,
      inclusive: inclusiveTimes(profile, sourceOf),
    };
  } finally {
    await context.close();
  }
}

function report(name: string, profiles: LoadProfile[]): void {
  const mean = (maps: Map<string, number>[]) => {
    const totals = new Map<string, number>();
    for (const map of maps)
      for (const [key, ms] of map) totals.set(key, (totals.get(key) ?? 0) + ms / maps.length);
    return [...totals].sort((a, b) => b[1] - a[1]);
  };
  console.log(
    `\n== ${name}: ready painted at ${profiles.map((profile) => profile.readyPaintedAt.toFixed(0)).join(', ')} ms (median ${median(profiles.map((profile) => profile.readyPaintedAt)).toFixed(0)})`,
  );
  console.log(
    `  requests (ms from navigation) of the last load: ${profiles[profiles.length - 1].requests}`,
  );
  console.log('  JS self time by source module (mean ms per load):');
  for (const [module, ms] of mean(profiles.map((profile) => profile.selfTimeByModule)).slice(0, 12))
    console.log(`    ${ms.toFixed(1).padStart(7)}  ${module}`);
  console.log("  Inclusive time of Lexical's phases and the app's functions (mean ms per load):");
  const inclusive = mean(profiles.map((profile) => profile.inclusive)).filter(([key]) =>
    INTERESTING.test(key),
  );
  for (const [key, ms] of inclusive.slice(0, 30))
    console.log(`    ${ms.toFixed(1).padStart(7)}  ${key}`);
}
