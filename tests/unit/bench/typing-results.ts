// Raw typing-benchmark results for the report's tests: a run with nothing measured, to which
// each test adds the latencies it is about.
import type { TypingResults } from '../../bench/typing/typing-benchmark.ts';

export function typingResults(measured: Partial<TypingResults>): TypingResults {
  return {
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
    ...measured,
  };
}

/** The same latency for each of a run's keystrokes, at both sizes. */
export const steadyLatencies = (ms: number): Record<number, number[][]> => {
  const samples = () => [Array.from({ length: 100 }, () => ms)];
  return { 5000: samples(), 20000: samples() };
};
