// The trust boundary's schema under bad bodies: it answers with a code and never throws, and
// whatever it lets in, every serializer reads.
import { describe, expect, it } from 'vitest';
import { fuzzArticleDocuments } from '../../support/fuzz/article-documents.ts';
import { fuzzSeed } from '../../support/fuzz/random.ts';

describe('article bodies made wrong', () => {
  it('are refused with a code, or read by every serializer; kept as text, unknown nodes are accepted', async () => {
    const result = await fuzzArticleDocuments({ seed: fuzzSeed(), cases: 400, timeLimitMs: 5_000 });
    expect(result.failures, `seed ${result.seed}`).toEqual([]);
    expect(result.casesRun).toBeGreaterThan(100);
  });
});
