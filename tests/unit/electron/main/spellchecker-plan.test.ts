// The spellchecker promises only what each platform really checks: macOS's own checker,
// Windows' for the languages installed in Windows, and on Linux none at all, said so.
import { describe, expect, it, vi } from 'vitest';
import { planSpellChecker } from '../../../../electron/main/spellchecker-plan.ts';
import {
  CHROMIUM_SPELLCHECK_LANGUAGES,
  spellCheckerSessionStandIn,
} from '../../../../electron/main/test-support/spellchecker-session-stand-in.ts';

// spellchecker.ts builds its menu with Electron's Menu, which a unit test does not open.
vi.mock('electron', () => ({ Menu: {} }));
const { setUpSpellChecker } = await import('../../../../electron/main/spellchecker.ts');

const available = CHROMIUM_SPELLCHECK_LANGUAGES;

describe('the spellchecker on each platform', () => {
  it('on macOS leaves the languages to the system checker, which has Arabic', () => {
    expect(
      planSpellChecker({ platform: 'darwin', available, systemLanguages: ['ar-SA', 'en-US'] }),
    ).toEqual({
      checker: 'system',
      languages: [],
      enabled: true,
      setLanguages: null,
    });
  });

  it('on Windows checks the English the user installed in Windows, and never asks for Arabic, which Electron refuses there', () => {
    expect(
      planSpellChecker({ platform: 'win32', available, systemLanguages: ['ar-SA', 'en-GB'] }),
    ).toEqual({
      checker: 'system',
      languages: ['en-GB'],
      enabled: true,
      setLanguages: ['en-GB'],
    });
    expect(
      planSpellChecker({ platform: 'win32', available, systemLanguages: ['en'] }).languages,
    ).toEqual(['en-US', 'en-GB']);
  });

  it('on Windows with no such language installed, checks nothing rather than fetch a dictionary', () => {
    expect(
      planSpellChecker({ platform: 'win32', available, systemLanguages: ['ar-EG', 'fr-FR'] }),
    ).toEqual({
      checker: 'none',
      languages: [],
      enabled: false,
      setLanguages: null,
    });
  });

  it('on Linux checks nothing: Chromium has no Arabic and Midad ships no dictionary for it', () => {
    expect(
      planSpellChecker({ platform: 'linux', available, systemLanguages: ['en-US', 'ar'] }),
    ).toEqual({
      checker: 'none',
      languages: [],
      enabled: false,
      setLanguages: null,
    });
  });

  it('setting it up tells Electron the plan, nothing it would refuse, and writes no word into any dictionary', () => {
    for (const [platform, systemLanguages] of [
      ['darwin', ['ar-SA']],
      ['win32', ['ar-SA', 'en-US']],
      ['win32', ['ar-SA']],
      ['linux', ['en-US']],
    ] as const) {
      const { session, state } = spellCheckerSessionStandIn(platform);
      const plan = setUpSpellChecker(
        session,
        { getPreferredSystemLanguages: () => [...systemLanguages] },
        platform,
      );
      expect(state.enabled, platform).toBe(plan.enabled);
      expect(state.languages, platform).toEqual(plan.setLanguages ?? []);
      expect(state.wordsWritten, platform).toEqual([]);
      expect(state.wordsRemoved, platform).toEqual([]);
    }
  });
});
