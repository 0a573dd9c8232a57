// A limited field warns before its limit and says how far over it went.
import { describe, expect, it } from 'vitest';
import { lengthStanding } from '../../../../common/document/length-limit.ts';

describe('a headline against its limit', () => {
  it('is fine well under the limit', () => {
    expect(lengthStanding(30, 65)).toEqual({ state: 'ok', left: 35 });
  });

  it('warns from 85% of the limit on, before it is exceeded', () => {
    expect(lengthStanding(56, 65).state).toBe('near');
    expect(lengthStanding(55, 65).state).toBe('ok');
    expect(lengthStanding(65, 65)).toEqual({ state: 'near', left: 0 });
  });

  it('says by how much it is over', () => {
    expect(lengthStanding(70, 65)).toEqual({ state: 'over', left: -5 });
  });
});
