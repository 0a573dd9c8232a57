// `node --experimental-strip-types tests/bench/cold-start/timeline.ts [--loads 20] [--size empty|20000] [--each] [--renderer-dir DIR]`:
// where a cold start's page time goes. Loads Midad (a fresh data folder and web host each
// time) and the bare Lexical page of the typing benchmark, and prints the median of each
// moment, in ms from navigation: every request queued, sent and answered, the page's
// `midad:` performance marks (renderer/startup.ts, app-root.tsx), the editor ready and
// painted; with --each, every load too, with its long tasks. A diagnostic for
// docs/cold-start-findings.md, not a benchmark. The bare page is the one
// `npm run bench -- --only cold-start` builds.
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { DraftLibrary } from '../../../electron/services/drafts/draft-library.ts';
import { launchChromium } from '../support/chromium.ts';
import { startMidadWebHost } from '../support/midad-web-host.ts';
import { startStaticServer } from '../support/static-server.ts';
import { median } from '../support/statistics.ts';
import { generateArticle } from '../typing/article.ts';
import { toDraftContent } from '../typing/article-formats.ts';
import { installPageProbe, type PageProbe } from '../typing/page-probe.ts';

type TimelineWindow = Window & {
  __benchProbe: PageProbe;
  __longTasks: { start: number; duration: number }[];
};

interface LoadTimeline {
  /** Moment name → ms from navigation. */
  moments: Map<string, number>;
  longTasks: { start: number; duration: number }[];
}

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const { values } = parseArgs({
  options: {
    loads: { type: 'string', default: '20' },
    size: { type: 'string', default: 'empty' },
    each: { type: 'boolean', default: false },
    'renderer-dir': { type: 'string' },
  },
});
const loads = Number(values.loads);
const pagesDir = path.join(repoRoot, 'dist', 'bench', 'typing');
if (!existsSync(path.join(pagesDir, 'articles', `${values.size}.lexical.json`))) {
  throw new Error(
    `no bare page article for --size ${values.size} in ${pagesDir}: run \`npm run bench -- --only cold-start\` once`,
  );
}

function installLongTaskRecorder(): void {
  const recorder = window as unknown as TimelineWindow;
  recorder.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      recorder.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

async function loadOnce(browser: Browser, url: string): Promise<LoadTimeline> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'ar',
  });
  try {
    await context.addInitScript(installPageProbe);
    await context.addInitScript(installLongTaskRecorder);
    const page = await context.newPage();
    await page.goto(url);
    const painted = await page.evaluate(
      () => (window as unknown as TimelineWindow).__benchProbe.whenReadyPainted,
    );
    const found = await page.evaluate(() => ({
      requests: performance.getEntriesByType('resource').map((entry) => {
        const timing = entry as PerformanceResourceTiming;
        const name = timing.name.replace(/\?.*$/, '').replace(/^.*\/(?:api\/)?/, '');
        return {
          name,
          queued: timing.startTime,
          sent: timing.requestStart,
          answered: timing.responseEnd,
        };
      }),
      marks: performance
        .getEntriesByType('mark')
        .map((mark) => ({ name: mark.name, at: mark.startTime })),
      longTasks: (window as unknown as TimelineWindow).__longTasks,
      ready: (window as unknown as TimelineWindow).__benchProbe.readyAt ?? Number.NaN,
    }));
    const moments = new Map<string, number>([
      ['editor ready', found.ready],
      ['editor painted', painted],
    ]);
    for (const mark of found.marks) moments.set(mark.name, mark.at);
    for (const request of found.requests) {
      moments.set(`${request.name} queued`, request.queued);
      moments.set(`${request.name} sent`, request.sent);
      moments.set(`${request.name} answered`, request.answered);
    }
    return { moments, longTasks: found.longTasks };
  } finally {
    await context.close();
  }
}

function printLoad(label: string, load: LoadTimeline): void {
  const ms = (value: number) => value.toFixed(0);
  const moments = [...load.moments]
    .sort((a, b) => a[1] - b[1])
    .map(([name, at]) => `${name} ${ms(at)}`);
  console.log(
    `== ${label}\n  ${moments.join(' | ')}\n  long tasks: ${load.longTasks.map((task) => `${ms(task.start)}+${ms(task.duration)}`).join(', ')}`,
  );
}

function printMedians(label: string, timelines: LoadTimeline[]): void {
  const all = new Map<string, number[]>();
  for (const { moments } of timelines)
    for (const [name, at] of moments)
      if (!Number.isNaN(at)) all.set(name, [...(all.get(name) ?? []), at]);
  console.log(`${label}: medians of ${timelines.length} loads, ms from navigation`);
  for (const [name, at] of [...all]
    .map(([name, ats]) => [name, median(ats)] as const)
    .sort((a, b) => a[1] - b[1])) {
    console.log(`  ${at.toFixed(0).padStart(5)}  ${name}`);
  }
}

const chromium = await launchChromium();
const workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'midad-timeline-'));
const pages = await startStaticServer(pagesDir);
try {
  // As in the benchmark: the article in a data folder, copied for each load.
  const template = path.join(workDir, 'template');
  await fs.mkdir(template);
  if (values.size !== 'empty') {
    const library = await DraftLibrary.open({ dataDir: template });
    await library.create(toDraftContent(generateArticle(Number(values.size))));
    await library.close();
  }
  const results = { midad: [] as LoadTimeline[], bare: [] as LoadTimeline[] };
  // Load 0 of each warms the browser and is not counted.
  for (let load = 0; load <= loads; load += 1) {
    const dataDir = path.join(workDir, `run-${load}`);
    await fs.cp(template, dataDir, { recursive: true });
    const host = await startMidadWebHost({
      repoRoot,
      dataDir,
      rendererDir: values['renderer-dir'],
    });
    try {
      const midad = await loadOnce(chromium.browser, host.openUrl);
      if (load > 0) results.midad.push(midad);
      if (load > 0 && values.each) printLoad(`Midad, load ${load}`, midad);
    } finally {
      await host.stop();
    }
    const bare = await loadOnce(
      chromium.browser,
      `${pages.url}lexical/index.html?size=${values.size}`,
    );
    if (load > 0) results.bare.push(bare);
    if (load > 0 && values.each) printLoad(`bare Lexical, load ${load}`, bare);
  }
  printMedians('Midad', results.midad);
  printMedians('bare Lexical', results.bare);
} finally {
  await pages.close();
  await chromium.browser.close();
  await fs.rm(workDir, { recursive: true, force: true });
}
