// Cold start in browser mode: from spawning `node dist/web-host/server.mjs` to the editor
// ready and painted in a fresh browser context, beside the bare Lexical page of the typing
// benchmark served by a process spawned the same way. Once with an empty data folder,
// once with a 20,000-word draft; every run gets its own copy of the folder.
import { spawn } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { build as viteBuild } from 'vite';
import { articleBody } from '../../../common/document/article-content.ts';
import { DraftLibrary } from '../../../electron/services/drafts/draft-library.ts';
import { launchChromium } from '../support/chromium.ts';
import { describeMachine, type MachineDescription } from '../support/machine.ts';
import { startMidadWebHost } from '../support/midad-web-host.ts';
import { generateArticle } from '../typing/article.ts';
import { toDraftContent } from '../typing/article-formats.ts';
import { writeArticles } from '../typing/typing-benchmark.ts';
import { measureTimeToEditable } from '../typing/typing-session.ts';

export const COLD_START_CASES = ['empty', '20000'] as const;

/**
 * Counted runs per page and case. Single cold starts on the 2-core machine spread from
 * 0.7× to 1.4× of their median; 7 runs let the verdict flip between two runs of one build.
 */
export const COLD_START_RUNS = 15;
export type ColdStartCase = (typeof COLD_START_CASES)[number];

export interface ColdStartOptions {
  repoRoot: string;
  /** Counted runs per page and case (one more, uncounted, warms the browser). */
  runs: number;
  log: (line: string) => void;
}

/** One cold start: server process ready, then the page from navigation to editor painted. */
export interface ColdStartSample {
  serverMs: number;
  pageMs: number;
  totalMs: number;
}

export interface ColdStartResults {
  date: Date;
  machine: MachineDescription;
  runs: number;
  samples: Record<ColdStartCase, { midad: ColdStartSample[]; bareLexical: ColdStartSample[] }>;
}

/** One empty paragraph: what the bare page loads for the empty-folder case. */
export const EMPTY_ARTICLE = articleBody([
  {
    type: 'paragraph',
    version: 1,
    direction: 'rtl',
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: [],
  },
]);

export async function runColdStartBenchmark(options: ColdStartOptions): Promise<ColdStartResults> {
  const { repoRoot, log } = options;
  if (!existsSync(path.join(repoRoot, 'dist', 'web-host', 'server.mjs')))
    throw new Error('dist/web-host/server.mjs is missing (run `node scripts/build.mjs`)');
  const pagesDir = await ensureComparisonPages(repoRoot, log);
  const workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'midad-bench-cold-'));
  const chromium = await launchChromium();
  try {
    const templates = await makeDataTemplates(workDir);
    const samples = {} as ColdStartResults['samples'];
    for (const coldCase of COLD_START_CASES) {
      const midad = () => midadColdStart(chromium.browser, repoRoot, templates[coldCase], workDir);
      const bare = () => bareColdStart(chromium.browser, pagesDir, coldCase);
      // Not counted: the first load of each pays for the browser's own warm-up.
      await midad();
      await bare();
      const own: ColdStartResults['samples'][ColdStartCase] = { midad: [], bareLexical: [] };
      for (let run = 0; run < options.runs; run += 1) {
        const order =
          run % 2 === 0 ? (['midad', 'bareLexical'] as const) : (['bareLexical', 'midad'] as const);
        for (const page of order) own[page].push(await (page === 'midad' ? midad() : bare()));
      }
      log(
        `cold start (${coldCase}): Midad ${own.midad.map((s) => s.totalMs.toFixed(0)).join(', ')} ms; bare Lexical ${own.bareLexical.map((s) => s.totalMs.toFixed(0)).join(', ')} ms`,
      );
      samples[coldCase] = own;
    }
    return {
      date: new Date(),
      machine: describeMachine(chromium.version),
      runs: options.runs,
      samples,
    };
  } finally {
    await chromium.browser.close();
    await fs.rm(workDir, { recursive: true, force: true });
  }
}

/** The typing benchmark's pages (built unless a run already built them) and both articles. */
async function ensureComparisonPages(
  repoRoot: string,
  log: (line: string) => void,
): Promise<string> {
  const pagesDir = path.join(repoRoot, 'dist', 'bench', 'typing');
  if (!existsSync(path.join(pagesDir, 'lexical', 'index.html'))) {
    log('cold start: building the comparison pages');
    await viteBuild({
      configFile: path.join(repoRoot, 'tests', 'bench', 'typing', 'pages', 'vite.config.ts'),
      logLevel: 'warn',
    });
  }
  await writeArticles(
    path.join(pagesDir, 'articles'),
    new Map([[20_000, generateArticle(20_000)]]),
  );
  await fs.writeFile(
    path.join(pagesDir, 'articles', 'empty.lexical.json'),
    JSON.stringify(EMPTY_ARTICLE),
  );
  return pagesDir;
}

/** Pristine data folders, copied for each run so no run finds another's caches. */
async function makeDataTemplates(workDir: string): Promise<Record<ColdStartCase, string>> {
  const empty = path.join(workDir, 'template-empty');
  await fs.mkdir(empty);
  const withDraft = path.join(workDir, 'template-20000');
  const library = await DraftLibrary.open({ dataDir: withDraft });
  await library.create(toDraftContent(generateArticle(20_000)));
  await library.close();
  return { empty, '20000': withDraft };
}

let runNumber = 0;

async function midadColdStart(
  browser: Browser,
  repoRoot: string,
  template: string,
  workDir: string,
): Promise<ColdStartSample> {
  const dataDir = path.join(workDir, `run-${(runNumber += 1)}`);
  await fs.cp(template, dataDir, { recursive: true });
  const host = await startMidadWebHost({ repoRoot, dataDir });
  try {
    const pageMs = await measureTimeToEditable(browser, host.openUrl);
    return { serverMs: host.startupMs, pageMs, totalMs: host.startupMs + pageMs };
  } finally {
    await host.stop();
  }
}

async function bareColdStart(
  browser: Browser,
  pagesDir: string,
  coldCase: ColdStartCase,
): Promise<ColdStartSample> {
  const script = path.join(import.meta.dirname, 'serve-comparison-pages.ts');
  const startedAt = performance.now();
  const child = spawn(
    process.execPath,
    ['--experimental-strip-types', '--no-warnings', script, pagesDir],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const match = /serving (\S+)/.exec(output);
        if (match) resolve(match[1]);
      });
      child.once('exit', (code) =>
        reject(new Error(`the comparison page server exited with ${code}`)),
      );
    });
    const serverMs = performance.now() - startedAt;
    const pageMs = await measureTimeToEditable(
      browser,
      `${url}lexical/index.html?size=${coldCase}`,
    );
    return { serverMs, pageMs, totalMs: serverMs + pageMs };
  } finally {
    await new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }
}
