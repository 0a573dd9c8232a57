// Electron's spellchecker, offline: dictionaries only from inside the app (never Google's
// servers), the languages chosen by spellchecker-plan.ts, the newsroom's word list in the
// custom dictionary, and suggestions in the right-click menu. docs/spellcheck.md has why.
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Menu, type BrowserWindow, type Session } from 'electron';
import type { HouseStyleSettings, Language } from '../contract.ts';
import { buildSpellingMenu } from './spelling-menu.ts';
import { chooseSpellCheckerLanguages, dictionaryChanges, dictionaryFolderUrl, wordListWords } from './spellchecker-plan.ts';

export interface SpellCheckerSetup {
  /** resources/dictionaries in a checkout, <resources>/dictionaries in an installed app. */
  shippedDictionaries: string;
  /** Chromium's own dictionary folder, <userData>/Dictionaries: looked in before any download. */
  userDictionaries: string;
  readWordList: () => HouseStyleSettings['wordList'];
  onSettingsChange: (listener: () => void) => void;
  /** Which words Midad itself put in the custom dictionary, so only those are ever taken out. */
  addedWords: { get(): string[]; set(words: string[]): void };
  logWarning: (message: string) => void;
}

export async function setUpSpellChecker(target: Session, setup: SpellCheckerSetup): Promise<void> {
  target.setSpellCheckerDictionaryDownloadURL(dictionaryFolderUrl(pathToFileURL(setup.shippedDictionaries).href));
  await installShippedDictionaries(setup).catch((error: unknown) => setup.logWarning(`dictionaries not installed: ${String(error)}`));
  const languages = chooseSpellCheckerLanguages(process.platform, target.availableSpellCheckerLanguages);
  if (languages.length > 0) target.setSpellCheckerLanguages(languages);

  const syncWordList = () => {
    const { add, remove } = dictionaryChanges(setup.addedWords.get(), wordListWords(setup.readWordList()));
    for (const word of add) target.addWordToSpellCheckerDictionary(word);
    for (const word of remove) target.removeWordFromSpellCheckerDictionary(word);
    if (add.length > 0 || remove.length > 0) setup.addedWords.set(wordListWords(setup.readWordList()));
  };
  syncWordList();
  setup.onSettingsChange(syncWordList);
}

/** Copies .bdic files shipped with the app where Chromium looks first, unless already there. */
async function installShippedDictionaries(setup: SpellCheckerSetup): Promise<void> {
  const shipped = (await readdir(setup.shippedDictionaries).catch(() => [])).filter((name) => name.endsWith('.bdic'));
  if (shipped.length === 0) return;
  await mkdir(setup.userDictionaries, { recursive: true });
  const present = new Set(await readdir(setup.userDictionaries));
  for (const name of shipped) {
    if (!present.has(name)) await copyFile(path.join(setup.shippedDictionaries, name), path.join(setup.userDictionaries, name));
  }
}

/** Suggestions, "add to dictionary", cut, copy and paste on a right click, in the interface's language. */
export function attachSpellingMenu(window: BrowserWindow, readLanguage: () => Language): void {
  const contents = window.webContents;
  contents.on('context-menu', (_event, params) => {
    const template = buildSpellingMenu(
      {
        language: readLanguage(),
        misspelledWord: params.misspelledWord,
        suggestions: params.dictionarySuggestions,
        isEditable: params.isEditable,
        hasSelection: params.selectionText.length > 0,
      },
      {
        replaceWith: (word) => contents.replaceMisspelling(word),
        addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
      },
    );
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window });
  });
}
