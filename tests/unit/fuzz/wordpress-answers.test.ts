// Bad input everywhere, nothing lost: whatever a site (or what stands in front of
// it) answers, the REST client ends with a value or a wordpress.* error that holds no secret.
import { describe, expect, it } from 'vitest';
import { fuzzSeed } from '../../support/fuzz/random.ts';
import { fuzzWordPressAnswers } from '../../support/fuzz/wordpress-answers.ts';

describe('the WordPress client against a site answering badly', () => {
  it('ends every call with a value or a wordpress.* error, and never shows the application password', async () => {
    const result = await fuzzWordPressAnswers({ seed: fuzzSeed(), cases: 250, timeLimitMs: 7_000 });
    expect(result.failures, `seed ${result.seed}`).toEqual([]);
    expect(result.casesRun).toBeGreaterThan(50);
  });
});
