// Midad beside WordPress 6.1's block editor: the typing benchmark's 20,000-word article in
// both, their time to editable and typing latency measured with the typing benchmark's own
// page runner, loads of the two interleaved in one browser. Servers and browser it starts
// are stopped on the way out, failure or not.
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  startWordPress,
  wordPressUnavailableReason,
  type RunningWordPress,
} from '../../support/wordpress/start-wordpress.ts';
import { launchChromium } from '../support/chromium.ts';
import {
  describeMachine,
  sampleMachineLoad,
  waitForQuietMachine,
  type MachineDescription,
  type MachineLoad,
} from '../support/machine.ts';
import type { MidadWebHost } from '../support/midad-web-host.ts';
import { percentile } from '../support/statistics.ts';
import { generateArticle } from '../typing/article.ts';
import { PristineMidadPages } from '../typing/midad-pages.ts';
import { typedText } from '../typing/typing-benchmark.ts';
import {
  measureTimeToEditable,
  measureTyping,
  TYPING_WAYS,
  type EditorPageOptions,
  type TypingPlan,
  type TypingWay,
} from '../typing/typing-session.ts';
import { toBlockMarkup } from './block-markup.ts';
import {
  createArticlePost,
  inspectEditor,
  markWordPressEditorReady,
  signIn,
  turnOffWelcomeGuide,
  wordPressVersion,
  type EditorInspection,
} from './wordpress-editor.ts';

export const PEER_PAGES = ['midad', 'wordpress'] as const;
export type PeerPage = (typeof PEER_PAGES)[number];

/** The viewport of the measurement the issue quotes; both editors get it. */
export const PEER_VIEWPORT = { width: 1440, height: 900 };
const READY_TIMEOUT_MS = 120_000;

export interface PeerBenchmarkOptions {
  repoRoot: string;
  words: number;
  /** Cold loads per editor for time to editable, after one uncounted load of each. */
  loads: number;
  /** Typing sessions (page loads) per editor; their samples are pooled. */
  runs: number;
  keystrokes: number;
  warmup: number;
  intervalMs: number;
  quietWaitMs: number;
  /** php -S worker processes, so the editor's scripts and styles load in parallel as from a real server. */
  phpWorkers: number;
  log: (line: string) => void;
}

export const DEFAULT_PEER_OPTIONS: Omit<PeerBenchmarkOptions, 'repoRoot' | 'log'> = {
  words: 20_000,
  loads: 3,
  runs: 2,
  keystrokes: 60,
  warmup: 15,
  intervalMs: 33,
  quietWaitMs: 30_000,
  phpWorkers: 4,
};

export const QUICK_PEER_OPTIONS: Omit<PeerBenchmarkOptions, 'repoRoot' | 'log'> = {
  ...DEFAULT_PEER_OPTIONS,
  loads: 1,
  runs: 1,
  keystrokes: 20,
  warmup: 5,
  quietWaitMs: 0,
};

export interface PeerResults {
  options: Omit<PeerBenchmarkOptions, 'log' | 'repoRoot'>;
  date: Date;
  machine: MachineDescription;
  viewport: { width: number; height: number };
  load: { before: MachineLoad; after: MachineLoad };
  chromium: { path: string };
  wordpress: { version: string; startedInMs: number; editor: EditorInspection };
  /** Milliseconds, one per counted load. */
  timeToEditable: Record<PeerPage, number[]>;
  /** Samples of each typing session, warm-up dropped, for each way of typing. */
  latencies: Record<TypingWay, Record<PeerPage, number[][]>>;
  /** Latency of each session's first (warm-up) key, typed two frames after the editor was editable. */
  firstKey: Record<TypingWay, Record<PeerPage, number[]>>;
  durationMs: number;
}

/** What this run started and must stop: kept while still starting, so a signal mid-start still stops it. */
const started = new Set<Promise<{ stop(): Promise<void> } | undefined>>();

function track<T extends { stop(): Promise<void> }>(starting: Promise<T>): Promise<T> {
  started.add(starting.catch(() => undefined));
  return starting;
}

let stopping: Promise<void> | undefined;

/**
 * Stops the browser, WordPress (php -S and its MariaDB) and Midad's web host this run
 * started. One stop at a time: a signal's stop and the run's own `finally` wait for the same.
 */
export function stopEverything(): Promise<void> {
  stopping ??= (async () => {
    for (const starting of [...started].reverse())
      await (await starting)?.stop().catch(() => undefined);
    started.clear();
  })();
  return stopping;
}

export async function runPeerBenchmark(options: PeerBenchmarkOptions): Promise<PeerResults> {
  const unavailable = wordPressUnavailableReason();
  if (unavailable) throw new Error(unavailable);
  const builtRenderer = path.join(options.repoRoot, 'dist', 'renderer');
  if (!existsSync(path.join(builtRenderer, 'index.html')))
    throw new Error('dist/renderer/index.html is missing (run `node scripts/build.mjs`)');

  const startedAt = performance.now();
  const { log } = options;
  const article = generateArticle(options.words);
  const markup = toBlockMarkup(article);
  const dataRoot = await fs.mkdtemp(path.join(os.tmpdir(), 'midad-bench-peer-'));
  // Stopped last: the web host serves from it.
  await track(Promise.resolve({ stop: () => fs.rm(dataRoot, { recursive: true, force: true }) }));
  try {
    // A snapshot of the built renderer: others may rebuild dist/ while this runs.
    const rendererDir = path.join(dataRoot, 'renderer');
    await fs.cp(builtRenderer, rendererDir, { recursive: true });
    // Each typing session opens the article as written (Midad saves what is typed); the
    // loads timed to editable share one host, as nothing is typed into it.
    const midadPages = new PristineMidadPages(options.repoRoot, dataRoot, rendererDir);
    await track(Promise.resolve({ stop: () => midadPages.close() }));
    await midadPages.add('typed', article);
    await midadPages.add('loaded', article);
    const midad: MidadWebHost = await midadPages.open('loaded');
    const site: RunningWordPress = await track(
      startWordPress({ permalinks: 'pretty', locale: 'ar', workers: options.phpWorkers }),
    );
    log(
      `peer: WordPress ${wordPressVersion()} answered after ${site.startedInMs} ms; Midad's web host after ${midad.startupMs.toFixed(0)} ms`,
    );
    await turnOffWelcomeGuide(site);
    const { chromium } = await track(
      launchChromium().then((launched) => ({
        chromium: launched,
        stop: () => launched.browser.close(),
      })),
    );
    const browser = chromium.browser;
    const cookies = await signIn(browser, site, PEER_VIEWPORT);
    log(`peer: signed in to WordPress through wp-login.php with ${chromium.version}`);

    let posts = 0;
    // Every WordPress load opens a post of its own, so nothing autosaved by an earlier load is opened again.
    const newPostUrl = () =>
      createArticlePost(site, `مقال تجريبي من ${options.words} كلمة (${(posts += 1)})`, markup);
    const midadUrl = midad.openUrl;
    const pageOptions: Record<PeerPage, EditorPageOptions> = {
      midad: { viewport: PEER_VIEWPORT },
      wordpress: {
        viewport: PEER_VIEWPORT,
        cookies,
        initScript: { run: markWordPressEditorReady, arg: article.caretAnchor },
      },
    };
    /** A page load to time to editable: WordPress a new post, Midad the host nothing is typed into. */
    const loadUrlOf = async (page: PeerPage) => (page === 'midad' ? midadUrl : await newPostUrl());
    /** A page to type into: each session's own new post, or Midad's article as written. */
    const typingUrlOf = async (page: PeerPage) =>
      page === 'midad' ? (await midadPages.open('typed')).openUrl : await newPostUrl();

    // One uncounted load of each: the first page a browser opens pays for more than the page.
    const editor = await inspectEditor(
      browser,
      await newPostUrl(),
      cookies,
      PEER_VIEWPORT,
      article.caretAnchor,
    );
    if (editor.invalidBlocks > 0)
      throw new Error(`WordPress found ${editor.invalidBlocks} of ${editor.blocks} blocks invalid`);
    if (editor.welcomeGuideShown)
      throw new Error('the welcome guide covered the editor although the preference turned it off');
    log(
      `peer: WordPress opened the article as ${editor.blocks} blocks (${editor.paragraphs} paragraphs), all valid, no welcome guide`,
    );
    await measureTimeToEditable(browser, midadUrl, READY_TIMEOUT_MS, pageOptions.midad);

    const loadBefore = await waitForQuietMachine(options.quietWaitMs, (line) =>
      log(`peer: ${line}`),
    );
    const timeToEditable: PeerResults['timeToEditable'] = { midad: [], wordpress: [] };
    const latencies = {
      steady: { midad: [], wordpress: [] },
      'after-paint': { midad: [], wordpress: [] },
    } as PeerResults['latencies'];
    const firstKey = {
      steady: { midad: [], wordpress: [] },
      'after-paint': { midad: [], wordpress: [] },
    } as PeerResults['firstKey'];
    // Both ways of typing of the typing benchmark: a key every 33 ms gives a slow editor time to catch up between
    // keys; a key as soon as the previous one is painted (the way of measuring) does not.
    const planFor = (way: TypingWay): TypingPlan => ({
      caretAnchor: article.caretAnchor,
      text: typedText(options.warmup + options.keystrokes),
      // Every sample comes back: the first key tells whether the editor takes text as soon as it is editable.
      warmup: 0,
      intervalMs: options.intervalMs,
      way,
    });
    for (let round = 0; round < Math.max(options.loads, options.runs); round += 1) {
      // Alternate which editor goes first, so slow drift of the machine favours neither.
      const order = round % 2 === 0 ? PEER_PAGES : [...PEER_PAGES].reverse();
      if (round < options.loads) {
        for (const page of order) {
          const ms = await measureTimeToEditable(
            browser,
            await loadUrlOf(page),
            READY_TIMEOUT_MS,
            pageOptions[page],
          );
          timeToEditable[page].push(ms);
          log(
            `peer: load ${round + 1}/${options.loads} ${page}: editable after ${ms.toFixed(0)} ms`,
          );
        }
      }
      if (round < options.runs) {
        for (const way of TYPING_WAYS) {
          for (const page of [...order].reverse()) {
            const all = await measureTyping(
              browser,
              await typingUrlOf(page),
              planFor(way),
              undefined,
              pageOptions[page],
            );
            const samples = all.slice(options.warmup);
            firstKey[way][page].push(all[0]);
            latencies[way][page].push(samples);
            log(
              `peer: ${way} typing ${round + 1}/${options.runs} ${page}: first key ${all[0].toFixed(0)} ms, ` +
                `p50 ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms`,
            );
          }
        }
      }
    }
    const loadAfter = await sampleMachineLoad(500);
    const { words, loads, runs, keystrokes, warmup, intervalMs, quietWaitMs, phpWorkers } = options;
    return {
      options: { words, loads, runs, keystrokes, warmup, intervalMs, quietWaitMs, phpWorkers },
      date: new Date(),
      machine: describeMachine(chromium.version),
      viewport: PEER_VIEWPORT,
      load: { before: loadBefore, after: loadAfter },
      chromium: { path: chromium.executable.path },
      wordpress: { version: wordPressVersion(), startedInMs: site.startedInMs, editor },
      timeToEditable,
      latencies,
      firstKey,
      durationMs: performance.now() - startedAt,
    };
  } finally {
    await stopEverything();
  }
}
