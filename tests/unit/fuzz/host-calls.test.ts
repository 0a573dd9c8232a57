// Bad input everywhere, nothing lost: random and mutated calls of every method
// through the host answer with a clear error and leave a draft made before them untouched.
import { describe, expect, it } from 'vitest';
import { fuzzHostCalls } from '../../support/fuzz/host-calls.ts';
import { fuzzSeed } from '../../support/fuzz/random.ts';

describe('the host fed random and mutated calls', () => {
  it('answers every call with an envelope and a known code, and never touches a draft it was not asked to save', async () => {
    const result = await fuzzHostCalls({ seed: fuzzSeed(), cases: 300, timeLimitMs: 6_000 });
    expect(result.failures, `seed ${result.seed}`).toEqual([]);
    expect(result.casesRun).toBeGreaterThan(50);
  });
});
