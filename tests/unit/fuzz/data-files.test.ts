// Bad input everywhere, nothing lost: damaged files in the data folder never stop
// the library or the host, and never cost the drafts that were not damaged.
import { describe, expect, it } from 'vitest';
import { fuzzDataFiles } from '../../support/fuzz/data-files.ts';
import { fuzzSeed } from '../../support/fuzz/random.ts';

describe('a data folder with damaged files', () => {
  it('opens, quarantines what it cannot read, and keeps every other draft as it was', async () => {
    const result = await fuzzDataFiles({ seed: fuzzSeed(), cases: 120, timeLimitMs: 6_000 });
    expect(result.failures, `seed ${result.seed}`).toEqual([]);
    expect(result.casesRun).toBeGreaterThan(20);
  });
});
