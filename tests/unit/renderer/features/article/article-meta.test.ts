import { describe, expect, it } from 'vitest';
import { formatTags, parseTags } from '../../../../../renderer/features/article/article-meta.ts';

describe('tags typed on one line', () => {
  it('split at Latin and Arabic commas, trimmed, without duplicates or empties', () => {
    expect(parseTags('أبل، هواتف, أسواق،، أبل ')).toEqual(['أبل', 'هواتف', 'أسواق']);
  });

  it('are shown again joined with the Arabic comma', () => {
    expect(formatTags(['أبل', 'هواتف'])).toBe('أبل، هواتف');
  });
});
