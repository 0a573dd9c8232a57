// The budgets, read from docs/benchmarks.json entries: the renderer's initial bundle, the
// cold start, the typing p95 (and its cost with spelling on), the draft library. Pure, so it is unit-tested.
import type { BenchmarkEntry } from './support/results.ts';

export interface BudgetCheck {
  budget: string;
  /** e.g. "204.4 KB" or "1.08× (612 ms vs 566 ms)"; null when nothing measured it yet. */
  figure: string | null;
  pass: boolean | null;
  /** ISO date-time of the figure, so a partial run shows which figures are older. */
  date: string | null;
}

interface BudgetRule {
  budget: string;
  matches(entry: BenchmarkEntry): boolean;
}

const RULES: BudgetRule[] = [
  {
    budget: 'renderer initial bundle < 400 KB gzip',
    matches: (entry) =>
      entry.benchmark === 'typing' && entry.case === 'midad renderer, initial JS+CSS gzip',
  },
  {
    budget: 'cold start ≤ 1.2× bare Lexical (empty data folder)',
    matches: (entry) =>
      entry.benchmark === 'cold-start' &&
      entry.case.startsWith('midad,') &&
      entry.case.includes('empty'),
  },
  {
    budget: 'cold start ≤ 1.2× bare Lexical (20,000-word draft)',
    matches: (entry) =>
      entry.benchmark === 'cold-start' &&
      entry.case.startsWith('midad,') &&
      entry.case.includes('20,000'),
  },
  {
    budget: 'typing p95 ≤ 1.15× bare Lexical, every plugin on',
    matches: (entry) =>
      entry.benchmark === 'typing' &&
      /^midad, \d+ words, keystroke latency p95$/.test(entry.case) &&
      entry.target !== undefined,
  },
  // Midad with its own spellchecker on against it off, in the same run (tests/bench/typing/typing-report.ts names the cases).
  ...[5_000, 20_000].map((size) => ({
    budget: `typing p95 with spelling on ≤ 1.05× spelling off (${size.toLocaleString('en-US')} words)`,
    matches: (entry: BenchmarkEntry) =>
      entry.benchmark === 'typing' &&
      entry.case === `midad-spelling, ${size} words, keystroke latency p95`,
  })),
  {
    budget: 'time to editable ≤ 0.3× the WordPress block editor (20,000 words)',
    matches: (entry) =>
      entry.benchmark === 'peer' &&
      entry.case.startsWith('midad,') &&
      entry.case.includes('time to editable'),
  },
  {
    budget: 'typing p95 ≤ 0.3× the WordPress block editor (20,000 words, after-paint)',
    matches: (entry) =>
      entry.benchmark === 'peer' &&
      /^midad, \d+ words, after-paint typing, keystroke latency p95$/.test(entry.case),
  },
  // The findings-heavy article, both ways of typing, both sizes (tests/bench/typing/typing-report.ts names the cases).
  ...(['steady', 'after-paint'] as const).flatMap((way) =>
    [5_000, 20_000].flatMap((size) => [
      {
        budget: `findings-heavy typing p95 ≤ 1.15× bare Lexical, every rule on (${size.toLocaleString('en-US')} words, ${way})`,
        matches: (entry: BenchmarkEntry) =>
          entry.benchmark === 'typing' &&
          entry.case ===
            `midad, findings-heavy ${size} words, ${way} typing, keystroke latency p95 / bare-lexical`,
      },
      {
        budget: `findings-heavy typing p95 ≤ 1.05× rules off (${size.toLocaleString('en-US')} words, ${way})`,
        matches: (entry: BenchmarkEntry) =>
          entry.benchmark === 'typing' &&
          entry.case ===
            `midad, findings-heavy ${size} words, ${way} typing, keystroke latency p95 / midad-checker-off`,
      },
    ]),
  ),
  {
    budget: 'library: RSS with 10,000 drafts open and searchable < 200 MiB',
    matches: (entry) =>
      entry.benchmark === 'drafts' &&
      entry.case === 'process RSS with the collection open and searchable',
  },
  {
    budget: 'library: first search answered < 500 ms after opening',
    matches: (entry) =>
      entry.benchmark === 'drafts' && entry.case.startsWith('first search answered after opening'),
  },
  {
    budget: 'library: first open without caches answers < 500 ms, reading behind',
    matches: (entry) =>
      entry.benchmark === 'drafts' &&
      entry.case.startsWith('first open without caches: the library answers'),
  },
  {
    budget: 'library: first open without caches, every draft read < 5 s',
    matches: (entry) =>
      entry.benchmark === 'drafts' &&
      entry.case === 'first open without caches: every draft listed and searchable',
  },
  {
    budget: 'library: search p95 < 50 ms and ≥ 50× the plain scan',
    matches: (entry) => entry.benchmark === 'drafts' && entry.case === 'search p95',
  },
];

export function checkBudgets(entries: readonly BenchmarkEntry[]): BudgetCheck[] {
  return RULES.map((rule) => {
    const entry = entries.find(rule.matches);
    if (!entry?.target) return { budget: rule.budget, figure: null, pass: null, date: null };
    return {
      budget: rule.budget,
      figure: describeFigure(entry),
      pass: entry.target.pass,
      date: entry.date,
    };
  });
}

function describeFigure(entry: BenchmarkEntry): string {
  const own = `${entry.figure} ${entry.unit}`;
  if (entry.ratio === null || !entry.baseline || entry.unit === 'KB') return own;
  // Far below its baseline (search against a plain scan): say how many times faster.
  if (entry.ratio > 0 && entry.ratio < 0.1)
    return `${own}, ×${Math.round(1 / entry.ratio)} faster than ${entry.baseline.figure} ${entry.unit}`;
  return `${entry.ratio.toFixed(2)}× (${own} vs ${entry.baseline.figure} ${entry.unit})`;
}

export function budgetsMarkdown(
  checks: readonly BudgetCheck[],
  machine: string,
  date: string,
): string {
  const verdict = (pass: boolean | null) =>
    pass === null ? 'not measured' : pass ? '**pass**' : '**fail**';
  const rows = checks.map(
    (check) =>
      `| ${check.budget} | ${check.figure ?? '—'} | ${verdict(check.pass)} | ${check.date?.slice(0, 16).replace('T', ' ') ?? '—'} |`,
  );
  return `## Budgets

\`npm run bench\`, ${date.slice(0, 16).replace('T', ' ')} UTC, on ${machine}.

| Budget | Figure | Verdict | Measured (UTC) |
| --- | --- | --- | --- |
${rows.join('\n')}
`;
}
