import { describe, expect, it } from 'vitest';
import { comparedPair } from '../../../../../renderer/features/history/compared-pair.ts';

describe('which versions a comparison shows', () => {
  it('one picked revision is compared with the draft as it is now', () => {
    expect(comparedPair(['1764400000000-abcd'])).toEqual({
      before: '1764400000000-abcd',
      after: 'current',
    });
  });

  it('two picked revisions are shown older before newer, whatever order they were picked in', () => {
    expect(comparedPair(['1764400900000-later', '1764400000000-first'])).toEqual({
      before: '1764400000000-first',
      after: '1764400900000-later',
    });
  });

  it('nothing picked compares nothing', () => {
    expect(comparedPair([])).toBeNull();
  });
});
