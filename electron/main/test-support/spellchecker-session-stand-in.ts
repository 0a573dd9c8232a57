// A stand-in for the spellchecker part of Electron's session in unit tests, behaving as
// Electron 45's does, and typed by electron.d.ts (`satisfies`).
import type { Session } from 'electron';

/** Chromium's Hunspell list as Electron 45 reports it on Linux and Windows (no Arabic), shortened. */
export const CHROMIUM_SPELLCHECK_LANGUAGES = [
  'af',
  'bg',
  'ca',
  'cs',
  'da',
  'de',
  'el',
  'en-AU',
  'en-CA',
  'en-GB',
  'en-US',
  'es',
  'fa',
  'fr',
  'he',
  'hi',
  'ru',
  'sv',
  'tr',
  'uk',
];

/**
 * Copies what Electron documents and does:
 * - availableSpellCheckerLanguages is Chromium's fixed list (spellcheck::SpellCheckLanguages:
 *   https://github.com/electron/electron/blob/v45.0.0-nightly.20260821/shell/browser/api/electron_api_session.cc#L1857-L1858).
 * - setSpellCheckerLanguages throws on a code Chromium has no dictionary for, does nothing on
 *   macOS, and an empty list switches checking off (same file, L1599-L1619;
 *   https://www.electronjs.org/docs/latest/api/session#sessetspellcheckerlanguageslanguages).
 * - addWordToSpellCheckerDictionary and removeWordFromSpellCheckerDictionary also write the
 *   system's own dictionary on macOS and Windows (same file, L1659-L1699;
 *   https://www.electronjs.org/docs/latest/api/session#sesaddwordtospellcheckerdictionaryword):
 *   the stand-in records every word so a test sees any write.
 */
export function spellCheckerSessionStandIn(
  platform: NodeJS.Platform,
  available: readonly string[] = CHROMIUM_SPELLCHECK_LANGUAGES,
) {
  const state = {
    enabled: true,
    languages: [] as string[],
    wordsWritten: [] as string[],
    wordsRemoved: [] as string[],
  };
  const session = {
    availableSpellCheckerLanguages: [...available],
    setSpellCheckerEnabled(enable: boolean): void {
      state.enabled = enable;
    },
    setSpellCheckerLanguages(languages: string[]): void {
      if (platform === 'darwin') return;
      const refused = languages.find((language) => !available.includes(language));
      if (refused)
        throw new Error(
          `Invalid language code provided: "${refused}" is not a valid language code`,
        );
      state.languages = [...languages];
      state.enabled = languages.length > 0;
    },
    addWordToSpellCheckerDictionary(word: string): boolean {
      state.wordsWritten.push(word);
      return true;
    },
    removeWordFromSpellCheckerDictionary(word: string): boolean {
      state.wordsRemoved.push(word);
      return true;
    },
  } satisfies Pick<
    Session,
    | 'availableSpellCheckerLanguages'
    | 'setSpellCheckerEnabled'
    | 'setSpellCheckerLanguages'
    | 'addWordToSpellCheckerDictionary'
    | 'removeWordFromSpellCheckerDictionary'
  >;
  return { session, state };
}
