import { describe, expect, it } from 'vitest';
import { planSpelling } from '../../../../../common/arabic/spelling/spelling-plan.ts';

describe('who underlines misspellings, never two checkers for one language', () => {
  it('macOS: the system checker, which knows Arabic and English; Midad adds nothing', () => {
    expect(planSpelling({ enabled: true, checker: 'system', languages: [] })).toEqual({
      native: true,
      own: [],
    });
  });

  it('Windows with English only: Midad checks both and the native checker is off in the article', () => {
    expect(
      planSpelling({ enabled: true, checker: 'system', languages: ['en-US', 'en-GB'] }),
    ).toEqual({ native: false, own: ['ar', 'en'] });
  });

  it('a system checker that knows Arabic but not English: it keeps the text, Midad takes English', () => {
    expect(planSpelling({ enabled: true, checker: 'system', languages: ['ar'] })).toEqual({
      native: true,
      own: ['en'],
    });
  });

  it('Linux and browser mode: Midad checks both', () => {
    for (const checker of ['none', 'browser'] as const)
      expect(planSpelling({ enabled: true, checker, languages: [] })).toEqual({
        native: false,
        own: ['ar', 'en'],
      });
  });

  it('off: nobody underlines, the native checker included', () => {
    for (const checker of ['system', 'none', 'browser'] as const)
      expect(planSpelling({ enabled: false, checker, languages: [] })).toEqual({
        native: false,
        own: [],
      });
  });
});
