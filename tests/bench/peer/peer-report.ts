// Turns the peer benchmark's raw figures into docs/benchmarks.json entries and its section
// of docs/benchmarks.md: both editors' time to editable and typing, Midad / WordPress.
import { machineSummary } from '../support/machine.ts';
import type { BenchmarkEntry, BenchmarkReport, BenchmarkTarget } from '../support/results.ts';
import { median, percentile, round } from '../support/statistics.ts';
import type { TypingWay } from '../typing/typing-session.ts';
import type { PeerPage, PeerResults } from './peer-benchmark.ts';

export const PEER_BENCHMARK_NAME = 'peer';
/** Midad's figure as a share of the block editor's, at most. */
export const PEER_TARGET = 0.3;
/**
 * The way of typing the typing target is judged on: a key as soon as the previous one is painted, as
 * the measurement the target was set against. With a key every 33 ms a slow editor catches up between
 * keys, and Midad's p95 sits at the frame clock's floor (bare Lexical's own); that way is shown beside it.
 */
export const PEER_TYPING_TARGET_WAY: TypingWay = 'after-paint';
const WAYS: readonly TypingWay[] = ['after-paint', 'steady'];

const LABELS: Record<PeerPage, string> = {
  midad: 'Midad (all plugins)',
  wordpress: 'WordPress block editor',
};

interface Figures {
  p50: number;
  p95: number;
  max: number;
  keystrokes: number;
}

function typingFiguresOf(results: PeerResults, page: PeerPage, way: TypingWay): Figures {
  const pooled = results.latencies[way][page].flat();
  return {
    p50: percentile(pooled, 50),
    p95: percentile(pooled, 95),
    max: percentile(pooled, 100),
    keystrokes: pooled.length,
  };
}

const words = (count: number) => count.toLocaleString('en-US');
const times = (ratio: number) => `${ratio.toFixed(2)}×`;
const verdict = (target: BenchmarkTarget) => (target.pass ? '**pass**' : '**fail**');
const percent = (share: number | null) =>
  share === null ? 'unknown' : `${Math.round(share * 100)} %`;

export function buildPeerReport(results: PeerResults): BenchmarkReport {
  const date = results.date.toISOString();
  const machine = machineSummary(results.machine);
  const size = words(results.options.words);
  const editable = {
    midad: median(results.timeToEditable.midad),
    wordpress: median(results.timeToEditable.wordpress),
  };
  const typing = Object.fromEntries(
    WAYS.map((way) => [
      way,
      {
        midad: typingFiguresOf(results, 'midad', way),
        wordpress: typingFiguresOf(results, 'wordpress', way),
      },
    ]),
  ) as Record<TypingWay, Record<PeerPage, Figures>>;
  // Case names as the typing benchmark writes them ("20000 words"), which budgets.ts matches.
  const count = results.options.words;
  const editableCase = (page: PeerPage) =>
    `${page}, ${count} words, time to editable (median of ${results.options.loads} cold loads)`;
  const typingCase = (page: PeerPage, way: TypingWay, statistic: 'p50' | 'p95') =>
    `${page}, ${count} words, ${way} typing, keystroke latency ${statistic}`;
  const target = (ratio: number): BenchmarkTarget => ({
    rule: `ratio <= ${PEER_TARGET}`,
    pass: ratio <= PEER_TARGET,
  });

  const editableRatio = round(editable.midad / editable.wordpress, 3);
  const editableTarget = target(editableRatio);
  const ratios = (way: TypingWay) => ({
    p50: round(typing[way].midad.p50 / typing[way].wordpress.p50, 3),
    p95: round(typing[way].midad.p95 / typing[way].wordpress.p95, 3),
  });
  const typingTarget = target(ratios(PEER_TYPING_TARGET_WAY).p95);
  const base = { benchmark: PEER_BENCHMARK_NAME, unit: 'ms', date, machine };
  const typingEntries = (way: TypingWay): BenchmarkEntry[] =>
    (['p50', 'p95'] as const).flatMap((statistic) => [
      {
        ...base,
        case: typingCase('wordpress', way, statistic),
        figure: round(typing[way].wordpress[statistic], 2),
        baseline: null,
        ratio: null,
      },
      {
        ...base,
        case: typingCase('midad', way, statistic),
        figure: round(typing[way].midad[statistic], 2),
        baseline: {
          case: typingCase('wordpress', way, statistic),
          figure: round(typing[way].wordpress[statistic], 2),
        },
        ratio: ratios(way)[statistic],
        ...(statistic === 'p95' && way === PEER_TYPING_TARGET_WAY ? { target: typingTarget } : {}),
      },
    ]);
  const entries: BenchmarkEntry[] = [
    {
      ...base,
      case: editableCase('wordpress'),
      figure: round(editable.wordpress, 0),
      baseline: null,
      ratio: null,
    },
    {
      ...base,
      case: editableCase('midad'),
      figure: round(editable.midad, 0),
      baseline: { case: editableCase('wordpress'), figure: round(editable.wordpress, 0) },
      ratio: editableRatio,
      target: editableTarget,
    },
    ...WAYS.flatMap(typingEntries),
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
      (busy
        ? ' — **the machine was busy with other work; compare the ratios, not the figures**'
        : '') +
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
      `through CDP \`Input.dispatchKeyEvent\`, in the typing benchmark's two ways: *after-paint*, the next key once the previous ` +
      `one is painted plus a random part of a 60 Hz frame (the way the target is judged on), and *steady*, one key every ` +
      `${options.intervalMs} ms plus a random part of a frame or once the previous one is painted, which lets a slow editor catch ` +
      `up between keys and puts Midad at the frame clock's floor; latency from the keydown's \`event.timeStamp\` to the first ` +
      `task after the next painted frame. ${options.runs} sessions per editor and way, interleaved with the loads, each ` +
      `on the article as written (WordPress a new post, Midad a web host started on a fresh copy of its data folder); ` +
      `${typing[PEER_TYPING_TARGET_WAY].midad.keystrokes} samples pooled per editor and way. WordPress's own background work while typing (the backup of the post to session storage, the heartbeat) ` +
      `is in its figures, as a writer meets it. The first key of each session (a warm-up key, typed two frames after the editor ` +
      `became editable and the caret was placed) is shown apart: how soon the editable editor really takes text.`,
    '',
    '| Editor | time to editable, median ms | each load, ms |',
    '| --- | ---: | --- |',
    ...(['midad', 'wordpress'] as const).map(
      (page) =>
        `| ${LABELS[page]} | ${editable[page].toFixed(0)} | ${results.timeToEditable[page].map((ms) => ms.toFixed(0)).join(', ')} |`,
    ),
    '',
    '| Editor | way of typing | typing p50 ms | p95 ms | max ms | p95 of each session | first key of each session, ms |',
    '| --- | --- | ---: | ---: | ---: | --- | --- |',
    ...WAYS.flatMap((way) =>
      (['midad', 'wordpress'] as const).map((page) => {
        const own = typing[way][page];
        const sessions = results.latencies[way][page]
          .map((samples) => percentile(samples, 95).toFixed(1))
          .join(', ');
        const firstKeys = results.firstKey[way][page].map((ms) => ms.toFixed(0)).join(', ');
        return `| ${LABELS[page]} | ${way} | ${own.p50.toFixed(1)} | ${own.p95.toFixed(1)} | ${own.max.toFixed(1)} | ${sessions} | ${firstKeys} |`;
      }),
    ),
    '',
    '| Target: Midad / WordPress | Measured | Result |',
    '| --- | --- | --- |',
    `| time to editable ≤ ${PEER_TARGET}× | ${editable.midad.toFixed(0)} / ${editable.wordpress.toFixed(0)} ms = ${times(editableRatio)} | ${verdict(editableTarget)} |`,
    `| typing p95 ≤ ${PEER_TARGET}×, ${PEER_TYPING_TARGET_WAY} | ${typing[PEER_TYPING_TARGET_WAY].midad.p95.toFixed(1)} / ${typing[PEER_TYPING_TARGET_WAY].wordpress.p95.toFixed(1)} ms = ${times(ratios(PEER_TYPING_TARGET_WAY).p95)} | ${verdict(typingTarget)} |`,
    ...WAYS.flatMap((way) => [
      ...(way === PEER_TYPING_TARGET_WAY
        ? []
        : [
            `| typing p95, ${way} (no target) | ${typing[way].midad.p95.toFixed(1)} / ${typing[way].wordpress.p95.toFixed(1)} ms = ${times(ratios(way).p95)} | — |`,
          ]),
      `| typing p50, ${way} (no target) | ${typing[way].midad.p50.toFixed(1)} / ${typing[way].wordpress.p50.toFixed(1)} ms = ${times(ratios(way).p50)} | — |`,
    ]),
  ].join('\n');
  return { benchmark: PEER_BENCHMARK_NAME, entries, markdown };
}
