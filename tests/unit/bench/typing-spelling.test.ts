import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../../bench/budgets.ts';
import { buildTypingReport } from '../../bench/typing/typing-report.ts';
import { steadyLatencies, typingResults } from './typing-results.ts';

describe('typing with spelling on', () => {
  it('reads Midad with its spellchecker on against Midad with it off, at each size', () => {
    const report = buildTypingReport(
      typingResults({
        latencies: {
          midad: steadyLatencies(20),
          'midad-spelling': { ...steadyLatencies(20.5), 20000: steadyLatencies(23)[20000] },
          'bare-lexical': steadyLatencies(19),
        },
        spelling: {
          5000: [{ waitedMs: 4200, ranges: 3 }],
          20000: [{ waitedMs: 6100, ranges: 2 }],
        },
      }),
    );
    const checks = checkBudgets(report.entries).filter((check) =>
      check.budget.startsWith('typing p95 with spelling on'),
    );
    expect(checks.map((check) => [check.budget, check.figure, check.pass])).toEqual([
      [
        'typing p95 with spelling on ≤ 1.05× spelling off (5,000 words)',
        '1.02× (20.5 ms vs 20 ms)',
        true,
      ],
      [
        'typing p95 with spelling on ≤ 1.05× spelling off (20,000 words)',
        '1.15× (23 ms vs 20 ms)',
        false,
      ],
    ]);
    expect(report.markdown).toContain('### Typing with spelling on');
    expect(report.markdown).toContain(
      '| 20,000 words | 20.0 / 20.0 | 23.0 / 23.0 | 1.15× | 1.15× (≤ 1.05×: **fail**) | 6.1 | 2 |',
    );
  });

  it('leaves the spelling budgets unmeasured when a run had no spelling page', () => {
    const report = buildTypingReport(typingResults({ latencies: { midad: steadyLatencies(20) } }));
    const checks = checkBudgets(report.entries).filter((check) =>
      check.budget.startsWith('typing p95 with spelling on'),
    );
    expect(checks.map((check) => check.pass)).toEqual([null, null]);
    expect(report.markdown).not.toContain('### Typing with spelling on');
  });
});
