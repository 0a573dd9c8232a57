// What the desktop app asks of Electron's spellchecker on each platform, decided without
// Electron so it is tested per platform: only what the platform really checks is promised.
// docs/spellcheck.md has the sources behind each case.
import type { SpellChecking } from '../contract/index.ts';

export interface SpellCheckerFacts {
  platform: NodeJS.Platform;
  /** session.availableSpellCheckerLanguages: Chromium's fixed Hunspell list (no Arabic in it). */
  available: readonly string[];
  /** app.getPreferredSystemLanguages(): the languages the user installed in the system. */
  systemLanguages: readonly string[];
}

export interface SpellCheckerPlan extends SpellChecking {
  /** Whether the checker stays on (setSpellCheckerEnabled). */
  enabled: boolean;
  /** What to pass to setSpellCheckerLanguages, or null to leave it alone (macOS decides by itself). */
  setLanguages: string[] | null;
}

/** Arabic first should Chromium ever list it, then English for quoted names and titles. */
const WANTED = ['ar', 'en-US', 'en-GB'];

export function planSpellChecker({
  platform,
  available,
  systemLanguages,
}: SpellCheckerFacts): SpellCheckerPlan {
  // NSSpellChecker, with the languages the user set in macOS (Arabic included); setSpellCheckerLanguages is a no-op there.
  if (platform === 'darwin')
    return { checker: 'system', languages: [], enabled: true, setLanguages: null };
  // Windows' own checker, for languages Chromium accepts (setSpellCheckerLanguages throws on any other)
  // and the user installed in Windows, which brings their dictionary. Anything else would fall back to
  // a Hunspell dictionary Midad does not ship.
  if (platform === 'win32') {
    const languages = WANTED.filter(
      (wanted) =>
        available.includes(wanted) &&
        systemLanguages.some((system) => sameLanguage(system, wanted)),
    );
    if (languages.length > 0)
      return { checker: 'system', languages, enabled: true, setLanguages: languages };
  }
  // Linux (and Windows without one of those languages): only Chromium's Hunspell is left, which has no
  // Arabic and needs .bdic dictionaries Midad does not ship (docs/spellcheck.md): no checking, said so.
  return { checker: 'none', languages: [], enabled: false, setLanguages: null };
}

/** 'en-US' is 'en-US' or plain 'en' in the system's list; 'ar' is any 'ar-…'. */
function sameLanguage(system: string, wanted: string): boolean {
  const [systemLanguage, systemRegion] = system.toLowerCase().split('-');
  const [wantedLanguage, wantedRegion] = wanted.toLowerCase().split('-');
  if (systemLanguage !== wantedLanguage) return false;
  return !wantedRegion || !systemRegion || systemRegion === wantedRegion;
}
