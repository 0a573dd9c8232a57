import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../../bench/budgets.ts';
import { lexicalBlocks } from '../../../common/document/plain-text.ts';
import { checkArticle } from '../../../common/arabic/house-style/check.ts';
import { DEFAULT_SETTINGS } from '../../../electron/default-settings.ts';
import { articleWordCount, generateArticle } from '../../bench/typing/article.ts';
import { toLexicalState } from '../../bench/typing/article-formats.ts';
import { buildTypingReport } from '../../bench/typing/typing-report.ts';
import { steadyLatencies, typingResults } from './typing-results.ts';

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
    const results = typingResults({
      findingsHeavy: {
        findings: { 5000: 488, 20000: 1983 },
        highlightRanges: { 5000: 30, 20000: 30 },
        latencies: {
          steady: {
            midad: steadyLatencies(21),
            'midad-checker-off': steadyLatencies(20),
            'bare-lexical': steadyLatencies(19),
          },
          'after-paint': {
            midad: steadyLatencies(30),
            'midad-checker-off': steadyLatencies(20),
            'bare-lexical': steadyLatencies(20),
          },
        },
        traces: {},
      },
    });
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
