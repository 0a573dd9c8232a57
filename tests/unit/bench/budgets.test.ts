import { describe, expect, it } from 'vitest';
import { budgetsMarkdown, checkBudgets } from '../../bench/budgets.ts';
import type { BenchmarkEntry } from '../../bench/support/results.ts';

const date = '2026-11-29T05:00:00.000Z';
const entry = (
  fields: Partial<BenchmarkEntry> & Pick<BenchmarkEntry, 'benchmark' | 'case' | 'figure'>,
): BenchmarkEntry => ({
  unit: 'ms',
  baseline: null,
  ratio: null,
  date,
  machine: 'test machine',
  ...fields,
});

describe('the budgets of npm run bench', () => {
  it('passes or fails each budget from the figures the benchmarks wrote', () => {
    const checks = checkBudgets([
      entry({
        benchmark: 'typing',
        case: 'midad renderer, initial JS+CSS gzip',
        figure: 204.4,
        unit: 'KB',
        ratio: 1.5,
        baseline: { case: 'bare', figure: 130 },
        target: { rule: 'figure < 400', pass: true },
      }),
      entry({
        benchmark: 'cold-start',
        case: 'midad, cold start with an empty data folder (median)',
        figure: 500,
        ratio: 1.25,
        baseline: { case: 'bare', figure: 400 },
        target: { rule: 'ratio <= 1.2', pass: false },
      }),
      entry({
        benchmark: 'typing',
        case: 'midad, 5000 words, keystroke latency p95',
        figure: 17,
        ratio: 1.01,
        baseline: { case: 'bare', figure: 16.8 },
      }),
      entry({
        benchmark: 'typing',
        case: 'midad, 20000 words, keystroke latency p95',
        figure: 18.6,
        ratio: 1.02,
        baseline: { case: 'bare', figure: 18.3 },
        target: { rule: 'ratio <= 1.15', pass: true },
      }),
      entry({
        benchmark: 'peer',
        case: 'midad, 20000 words, time to editable (median of 3 cold loads)',
        figure: 700,
        ratio: 0.14,
        baseline: { case: 'wordpress', figure: 5000 },
        target: { rule: 'ratio <= 0.3', pass: true },
      }),
      entry({
        benchmark: 'peer',
        case: 'midad, 20000 words, after-paint typing, keystroke latency p95',
        figure: 40,
        ratio: 0.4,
        baseline: { case: 'wordpress', figure: 100 },
        target: { rule: 'ratio <= 0.3', pass: false },
      }),
    ]);
    const others = checks.filter((check) => !check.budget.includes('spelling'));
    expect(others.slice(0, 6).map((check) => [check.figure, check.pass])).toEqual([
      ['204.4 KB', true],
      ['1.25× (500 ms vs 400 ms)', false],
      [null, null],
      ['1.02× (18.6 ms vs 18.3 ms)', true],
      ['0.14× (700 ms vs 5000 ms)', true],
      ['0.40× (40 ms vs 100 ms)', false],
    ]);
  });

  it('reads typing with a thousand findings against bare Lexical and against the rules off', () => {
    const checks = checkBudgets([
      entry({
        benchmark: 'typing',
        case: 'midad, findings-heavy 20000 words, after-paint typing, keystroke latency p95 / midad-checker-off',
        figure: 21,
        ratio: 1.1,
        baseline: { case: 'off', figure: 19.1 },
        target: { rule: 'ratio <= 1.05', pass: false },
      }),
    ]);
    const check = checks.find(
      (one) =>
        one.budget === 'findings-heavy typing p95 ≤ 1.05× rules off (20,000 words, after-paint)',
    );
    expect([check?.figure, check?.pass]).toEqual(['1.10× (21 ms vs 19.1 ms)', false]);
  });

  it('checks the draft library against its budgets', () => {
    const drafts = (
      name: string,
      figure: number,
      pass: boolean,
      more: Partial<BenchmarkEntry> = {},
    ) => entry({ benchmark: 'drafts', case: name, figure, target: { rule: '', pass }, ...more });
    const checks = checkBudgets([
      drafts('process RSS with the collection open and searchable', 120, true, { unit: 'MiB' }),
      drafts('first search answered after opening (fresh process, caches present)', 180, true),
      drafts(
        'first open without caches: the library answers (it reads its drafts behind)',
        90,
        true,
      ),
      drafts('first open without caches: every draft listed and searchable', 6200, false),
      drafts('search p95', 4, true, {
        ratio: 0.001,
        baseline: { case: 'plain scan per query', figure: 4000 },
      }),
    ]);
    expect(
      checks
        .filter((check) => check.budget.startsWith('library'))
        .map((check) => [check.figure, check.pass]),
    ).toEqual([
      ['120 MiB', true],
      ['180 ms', true],
      ['90 ms', true],
      ['6200 ms', false],
      ['4 ms, ×1000 faster than 4000 ms', true],
    ]);
  });

  it('says a budget was not measured rather than passing it', () => {
    const markdown = budgetsMarkdown(checkBudgets([]), 'test machine', date);
    expect(markdown).toContain('test machine');
    expect(markdown.match(/not measured/g)).toHaveLength(checkBudgets([]).length);
    expect(markdown).not.toContain('**pass**');
  });
});
