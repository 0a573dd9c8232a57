// Bad input everywhere, nothing lost: a damaged .midad file is imported cleanly
// or refused with an import code, and never touches the drafts already in the library.
import { describe, expect, it } from 'vitest';
import { fuzzMidadImports } from '../../support/fuzz/midad-imports.ts';
import { fuzzSeed } from '../../support/fuzz/random.ts';

describe('importing damaged .midad files', () => {
  it('imports a new draft or refuses the file with an import code, and leaves existing drafts alone', async () => {
    const result = await fuzzMidadImports({ seed: fuzzSeed(), cases: 300, timeLimitMs: 5_000 });
    expect(result.failures, `seed ${result.seed}`).toEqual([]);
    expect(result.casesRun).toBeGreaterThan(50);
  });
});
