import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../../bench/budgets.ts';
import { lexicalBlocks } from '../../../common/document/plain-text.ts';
import { checkArticle } from '../../../common/arabic/house-style/check.ts';
import { DEFAULT_SETTINGS } from '../../../electron/default-settings.ts';
import { articleWordCount, generateArticle } from '../../bench/typing/article.ts';
import { toLexicalState } from '../../bench/typing/article-formats.ts';
import type { TypingResults } from '../../bench/typing/typing-benchmark.ts';
import { buildTypingReport } from '../../bench/typing/typing-report.ts';

describe('typing with a thousand findings', () => {
  it('the wire article carries over a thousand house-style findings at 20,000 words, in every stretch of it', () => {
    const article = generateArticle(20_000, undefined, 'wire');
    expect(articleWordCount(article.blocks)).toBe(20_000);
    const perBlock = checkArticle(
      lexicalBlocks(toLexicalState(article)),
      DEFAULT_SETTINGS.houseStyle,
    ).map((findings) => findings.length);
    expect(perBlock.reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(1_000);
    // Any ten blocks in a row, wherever the caret and the screen are, hold findings.
    for (let start = 0; start + 10 <= perBlock.length; start += 10) {
      expect(
        perBlock.slice(start, start + 10).reduce((sum, count) => sum + count, 0),
      ).toBeGreaterThan(10);
    }
  });

  it('the news article stays what it was', () => {
    expect(generateArticle(5_000)).toEqual(generateArticle(5_000, undefined, 'news'));
    expect(generateArticle(5_000, undefined, 'wire').blocks).not.toEqual(
      generateArticle(5_000).blocks,
    );
  });

  it('the report gives each way of typing its budgets against bare Lexical and the rules off', () => {
    const samples = (ms: number) => [Array.from({ length: 100 }, () => ms)];
    const bySize = (ms: number) => ({ 5000: samples(ms), 20000: samples(ms) });
    const results: TypingResults = {
      options: {
        repoRoot: '/',
        sizes: [5000, 20000],
        runs: 0,
        findingsRuns: 1,
        keystrokes: 100,
        warmup: 10,
        intervalMs: 33,
        loads: 0,
        quietWaitMs: 0,
      },
      date: new Date('2026-12-06T22:00:00Z'),
      machine: { cpu: 'test cpu', cores: 2, memoryGiB: 8, os: 'linux', node: '22' },
      load: { before: { busy: 0, loadAverage1m: 0 }, after: { busy: 0, loadAverage1m: 0 } },
      chromium: { path: '/usr/bin/chromium', source: 'test' },
      latencies: {},
      timeToEditable: {},
      bundles: { bareLexical: { initial: [], initialGzipBytes: 1024, allGzipBytes: 1024 } },
      houseStyleCheck: {
        words: 20000,
        blocks: 300,
        findings: 340,
        fullCheckMs: 20,
        oneBlockChangedMs: 0.2,
      },
      findingsHeavy: {
        findings: { 5000: 488, 20000: 1983 },
        highlightRanges: { 5000: 30, 20000: 30 },
        latencies: {
          steady: {
            midad: bySize(21),
            'midad-checker-off': bySize(20),
            'bare-lexical': bySize(19),
          },
          'after-paint': {
            midad: bySize(30),
            'midad-checker-off': bySize(20),
            'bare-lexical': bySize(20),
          },
        },
        traces: {},
      },
    };
    const report = buildTypingReport(results);
    const checks = checkBudgets(report.entries).filter((check) =>
      check.budget.startsWith('findings-heavy'),
    );
    expect(checks).toHaveLength(8);
    expect(checks.map((check) => check.pass)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(report.markdown).toContain('1,983 house-style findings at 20,000 words');
  });
});
