// Turns the peer benchmark's raw figures into docs/benchmarks.json entries and its section
// of docs/benchmarks.md: both editors' time to editable and typing, Midad / WordPress.
import { machineSummary } from '../support/machine.ts';
import type { BenchmarkEntry, BenchmarkReport, BenchmarkTarget } from '../support/results.ts';
import { median, percentile, round } from '../support/statistics.ts';
import type { PeerPage, PeerResults } from './peer-benchmark.ts';

export const PEER_BENCHMARK_NAME = 'peer';
/** Midad's figure as a share of the block editor's, at most. */
export const PEER_TARGET = 0.3;

const LABELS: Record<PeerPage, string> = { midad: 'Midad (all plugins)', wordpress: 'WordPress block editor' };

interface Figures {
  editable: number;
  p50: number;
  p95: number;
  max: number;
  keystrokes: number;
}

function figuresOf(results: PeerResults, page: PeerPage): Figures {
  const pooled = results.latencies[page].flat();
  return {
    editable: median(results.timeToEditable[page]),
    p50: percentile(pooled, 50),
    p95: percentile(pooled, 95),
    max: percentile(pooled, 100),
    keystrokes: pooled.length,
  };
}

const words = (count: number) => count.toLocaleString('en-US');
const times = (ratio: number) => `${ratio.toFixed(2)}×`;
const verdict = (target: BenchmarkTarget) => (target.pass ? '**pass**' : '**fail**');
const percent = (share: number | null) => (share === null ? 'unknown' : `${Math.round(share * 100)} %`);

export function buildPeerReport(results: PeerResults): BenchmarkReport {
  const date = results.date.toISOString();
  const machine = machineSummary(results.machine);
  const size = words(results.options.words);
  const midad = figuresOf(results, 'midad');
  const wordpress = figuresOf(results, 'wordpress');
  // Case names as the typing benchmark writes them ("20000 words"), which budgets.ts matches.
  const count = results.options.words;
  const editableCase = (page: PeerPage) => `${page}, ${count} words, time to editable (median of ${results.options.loads} cold loads)`;
  const typingCase = (page: PeerPage, statistic: 'p50' | 'p95') => `${page}, ${count} words, keystroke latency ${statistic}`;
  const target = (ratio: number): BenchmarkTarget => ({ rule: `ratio <= ${PEER_TARGET}`, pass: ratio <= PEER_TARGET });

  const editableRatio = round(midad.editable / wordpress.editable, 3);
  const p50Ratio = round(midad.p50 / wordpress.p50, 3);
  const p95Ratio = round(midad.p95 / wordpress.p95, 3);
  const editableTarget = target(editableRatio);
  const typingTarget = target(p95Ratio);
  const base = { benchmark: PEER_BENCHMARK_NAME, unit: 'ms', date, machine };
  const entries: BenchmarkEntry[] = [
    { ...base, case: editableCase('wordpress'), figure: round(wordpress.editable, 0), baseline: null, ratio: null },
    {
      ...base,
      case: editableCase('midad'),
      figure: round(midad.editable, 0),
      baseline: { case: editableCase('wordpress'), figure: round(wordpress.editable, 0) },
      ratio: editableRatio,
      target: editableTarget,
    },
    { ...base, case: typingCase('wordpress', 'p50'), figure: round(wordpress.p50, 2), baseline: null, ratio: null },
    { ...base, case: typingCase('wordpress', 'p95'), figure: round(wordpress.p95, 2), baseline: null, ratio: null },
    {
      ...base,
      case: typingCase('midad', 'p50'),
      figure: round(midad.p50, 2),
      baseline: { case: typingCase('wordpress', 'p50'), figure: round(wordpress.p50, 2) },
      ratio: p50Ratio,
    },
    {
      ...base,
      case: typingCase('midad', 'p95'),
      figure: round(midad.p95, 2),
      baseline: { case: typingCase('wordpress', 'p95'), figure: round(wordpress.p95, 2) },
      ratio: p95Ratio,
      target: typingTarget,
    },
  ];

  const { options, load, wordpress: site } = results;
  const busy = load.before.busy !== null && load.before.busy > 0.15;
  const markdown = [
    '## Beside the WordPress editor',
    '',
    `\`npm run bench:peer\` (tests/bench/peer), ${date.slice(0, 16).replace('T', ' ')} UTC, in ${(results.durationMs / 1000).toFixed(0)} s.`,
    '',
    `Machine: ${machine}; ${results.chromium.path}, headless, ${results.viewport.width}×${results.viewport.height}.`,
    '',
    `Load: cores ${percent(load.before.busy)} busy just before measuring; load average ${load.before.loadAverage1m.toFixed(2)} then, ` +
      `${load.after.loadAverage1m.toFixed(2)} at the end (the benchmark, WordPress and the browser keep about one core busy)` +
      (busy ? ' — **the machine was busy with other work; compare the ratios, not the figures**' : '') +
      '.',
    '',
    `Method: the typing benchmark's generated ${size}-word Arabic article (tests/bench/typing/article.ts) in both editors. ` +
      `Midad opens it from its draft library through its web host, as in \`bench:typing\`. WordPress ${site.version} ` +
      `(Debian's packages, \`php -S\` with ${options.phpWorkers} workers and a private MariaDB on 127.0.0.1, Arabic locale) holds it as a ` +
      `draft made through REST: paragraphs and subheadings as core/paragraph and core/heading blocks, the quote and the list as ` +
      `core/quote and core/list (${site.editor.blocks} blocks, ${site.editor.paragraphs} paragraphs, all valid); every WordPress load ` +
      `opens a fresh copy of that post. The editor role signs in once through wp-login.php; each load is a fresh browser ` +
      `context with that session's cookies and an empty cache. The welcome guide is off through the user's persisted ` +
      `preferences (\`persisted_preferences\` → \`core/edit-post\` → \`welcomeGuide: false\`, what closing it stores), and ` +
      `no load showed it.`,
    '',
    `Time to editable: from navigation start (of \`post.php?post=ID&action=edit\` for WordPress) to the first frame painted ` +
      `once the editor is editable mid-article — for WordPress, the editor store reports ready and the paragraph holding the ` +
      `caret anchor is in the block list as a contenteditable element; for Midad, \`[data-testid="editor"][data-ready="true"]\` ` +
      `(Lexical's root, filled with the article). Median of ${options.loads} cold loads per editor, interleaved, after one ` +
      `uncounted load of each.`,
    '',
    `Typing: the typing benchmark's runner and method (tests/bench/typing/typing-session.ts): the caret right after the anchor ` +
      `in the middle paragraph, ${options.warmup} warm-up and ${options.keystrokes} measured keys of the Arabic (101) layout ` +
      `through CDP \`Input.dispatchKeyEvent\`, one every ${options.intervalMs} ms plus a random part of a 60 Hz frame or once ` +
      `the previous one is painted; latency from the keydown's \`event.timeStamp\` to the first task after the next painted ` +
      `frame. ${options.runs} sessions per editor, interleaved with the loads; ${midad.keystrokes} and ${wordpress.keystrokes} ` +
      `samples pooled. WordPress's own background work while typing (the backup of the post to session storage, the heartbeat) ` +
      `is in its figures, as a writer meets it. The first key of each session (a warm-up key, typed two frames after the editor ` +
      `became editable and the caret was placed) is shown apart: how soon the editable editor really takes text.`,
    '',
    '| Editor | time to editable, median ms | each load, ms | typing p50 ms | p95 ms | max ms | p95 of each session | first key of each session, ms |',
    '| --- | ---: | --- | ---: | ---: | ---: | --- | --- |',
    ...(['midad', 'wordpress'] as const).map((page) => {
      const own = page === 'midad' ? midad : wordpress;
      const loads = results.timeToEditable[page].map((ms) => ms.toFixed(0)).join(', ');
      const sessions = results.latencies[page].map((samples) => percentile(samples, 95).toFixed(1)).join(', ');
      const firstKeys = results.firstKey[page].map((ms) => ms.toFixed(0)).join(', ');
      return `| ${LABELS[page]} | ${own.editable.toFixed(0)} | ${loads} | ${own.p50.toFixed(1)} | ${own.p95.toFixed(1)} | ${own.max.toFixed(1)} | ${sessions} | ${firstKeys} |`;
    }),
    '',
    '| Target: Midad / WordPress | Measured | Result |',
    '| --- | --- | --- |',
    `| time to editable ≤ ${PEER_TARGET}× | ${midad.editable.toFixed(0)} / ${wordpress.editable.toFixed(0)} ms = ${times(editableRatio)} | ${verdict(editableTarget)} |`,
    `| typing p95 ≤ ${PEER_TARGET}× | ${midad.p95.toFixed(1)} / ${wordpress.p95.toFixed(1)} ms = ${times(p95Ratio)} | ${verdict(typingTarget)} |`,
    `| typing p50 (no target) | ${midad.p50.toFixed(1)} / ${wordpress.p50.toFixed(1)} ms = ${times(p50Ratio)} | — |`,
  ].join('\n');
  return { benchmark: PEER_BENCHMARK_NAME, entries, markdown };
}
