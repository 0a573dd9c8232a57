// What the spellchecker is told, decided without Electron so it can be tested: which of
// the languages it offers to use, where dictionaries may come from (never the internet),
// and which newsroom words to add to or remove from its custom dictionary.
import type { HouseStyleSettings } from '../contract.ts';

/** Arabic first (any regional variant the platform has), then English for quoted names and titles. */
const WANTED = ['ar', 'en-US', 'en-GB'];

/**
 * The languages to set, in order of preference. macOS's own checker picks the language by
 * itself (setSpellCheckerLanguages does nothing there), so no list is set on it.
 */
export function chooseSpellCheckerLanguages(platform: NodeJS.Platform, available: readonly string[]): string[] {
  if (platform === 'darwin') return [];
  const chosen: string[] = [];
  for (const wanted of WANTED) {
    const match = available.find((language) => language === wanted || language.startsWith(`${wanted}-`));
    if (match && !chosen.includes(match)) chosen.push(match);
  }
  return chosen;
}

/**
 * Where Chromium's Hunspell (Windows without the OS checker, Linux) looks for a .bdic
 * dictionary it lacks: a folder inside the app instead of Google's servers, so nothing is
 * ever downloaded at run time. docs/spellcheck.md says what can be put there.
 */
export function dictionaryFolderUrl(folderFileUrl: string): string {
  return folderFileUrl.endsWith('/') ? folderFileUrl : `${folderFileUrl}/`;
}

/** The single words of the newsroom's preferred spellings (a name of two words is two entries). */
export function wordListWords(wordList: HouseStyleSettings['wordList']): string[] {
  const words = new Set<string>();
  for (const entry of wordList) {
    for (const word of entry.preferred.split(/\s+/u)) if (word) words.add(word);
  }
  return [...words];
}

/** What to tell the custom dictionary so it holds exactly the word list, leaving the writer's own words alone. */
export function dictionaryChanges(addedBefore: readonly string[], wanted: readonly string[]): { add: string[]; remove: string[] } {
  const before = new Set(addedBefore);
  const now = new Set(wanted);
  return { add: wanted.filter((word) => !before.has(word)), remove: addedBefore.filter((word) => !now.has(word)) };
}
