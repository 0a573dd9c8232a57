import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../../bench/budgets.ts';
import type { PeerResults } from '../../bench/peer/peer-benchmark.ts';
import { buildPeerReport } from '../../bench/peer/peer-report.ts';
import { toBlockMarkup } from '../../bench/peer/block-markup.ts';
import { generateArticle } from '../../bench/typing/article.ts';

const load = { busy: 0.05, loadAverage1m: 0.4 };

interface EditorFigures {
  editable: number[];
  /** After-paint typing; steady typing gets the same samples plus 5 ms. */
  typing: number[];
}

function results(midad: EditorFigures, wordpress: EditorFigures): PeerResults {
  const steady = (samples: number[]) => samples.map((ms) => ms + 5);
  return {
    options: {
      words: 20_000,
      loads: 3,
      runs: 1,
      keystrokes: 5,
      warmup: 1,
      intervalMs: 33,
      quietWaitMs: 0,
      phpWorkers: 4,
    },
    date: new Date('2026-12-06T22:00:00Z'),
    machine: {
      cpu: 'test CPU',
      cores: 2,
      memoryGiB: 8,
      os: 'test OS',
      node: 'v22',
      browser: 'Chromium 156',
    },
    viewport: { width: 1440, height: 900 },
    load: { before: load, after: load },
    chromium: { path: '/usr/bin/chromium' },
    wordpress: {
      version: '6.1.9',
      startedInMs: 3000,
      editor: { blocks: 312, invalidBlocks: 0, paragraphs: 275, welcomeGuideShown: false },
    },
    timeToEditable: { midad: midad.editable, wordpress: wordpress.editable },
    latencies: {
      'after-paint': { midad: [midad.typing], wordpress: [wordpress.typing] },
      steady: { midad: [steady(midad.typing)], wordpress: [steady(wordpress.typing)] },
    },
    firstKey: {
      'after-paint': { midad: [20], wordpress: [300] },
      steady: { midad: [20], wordpress: [300] },
    },
    durationMs: 120_000,
  };
}

describe('Midad beside the WordPress editor', () => {
  it('puts Midad against 0.3× the block editor, typing judged the after-paint way, in the budgets of npm run bench', () => {
    const report = buildPeerReport(
      results(
        { editable: [700, 800, 900], typing: [10, 12, 14, 16, 40] },
        { editable: [5000, 6000, 7000], typing: [50, 60, 70, 80, 100] },
      ),
    );
    const budgets = checkBudgets(report.entries).filter((check) =>
      check.budget.includes('WordPress'),
    );
    expect(budgets.map((check) => [check.figure, check.pass])).toEqual([
      ['0.13× (800 ms vs 6000 ms)', true],
      ['0.40× (40 ms vs 100 ms)', false],
    ]);
    expect(report.markdown).toContain(
      '| time to editable ≤ 0.3× | 800 / 6000 ms = 0.13× | **pass** |',
    );
    expect(report.markdown).toContain(
      '| typing p95 ≤ 0.3×, after-paint | 40.0 / 100.0 ms = 0.40× | **fail** |',
    );
    // The steady way is shown beside it, without a target.
    expect(report.markdown).toContain(
      '| typing p95, steady (no target) | 45.0 / 105.0 ms = 0.43× | — |',
    );
  });

  it('gives WordPress every block of the article, the caret anchor in a paragraph of its own', () => {
    const article = generateArticle(20_000);
    const markup = toBlockMarkup(article);
    expect(markup.match(/<!-- wp:(paragraph|heading|quote|list)[ {-]/g)).toHaveLength(
      article.blocks.length,
    );
    expect(markup.match(/<!-- \/wp:/g)).toHaveLength(article.blocks.length);
    const anchored = markup.split('\n\n').filter((block) => block.includes(article.caretAnchor));
    expect(anchored).toHaveLength(1);
    expect(anchored[0]).toMatch(/^<!-- wp:paragraph -->\n<p>[^<]+<\/p>\n<!-- \/wp:paragraph -->$/);
  });
});
