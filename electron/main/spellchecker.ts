// Electron's spellchecker set to what spellchecker-plan.ts decided for this platform, and
// its suggestions in the right-click menu. The newsroom's word list is never written into
// it: on macOS and Windows that dictionary is the system's, shared with every other
// program (the house-style check flags the list's variants itself). docs/spellcheck.md has why.
import { Menu, type App, type BrowserWindow, type Session } from 'electron';
import type { Language } from '../contract/index.ts';
import { buildSpellingMenu } from './spelling-menu.ts';
import { planSpellChecker, type SpellCheckerPlan } from './spellchecker-plan.ts';

/** The parts of Electron read and told here, as electron.d.ts types them. */
export type SpellCheckerSession = Pick<
  Session,
  'availableSpellCheckerLanguages' | 'setSpellCheckerEnabled' | 'setSpellCheckerLanguages'
>;

export function setUpSpellChecker(
  target: SpellCheckerSession,
  app: Pick<App, 'getPreferredSystemLanguages'>,
  platform = process.platform,
): SpellCheckerPlan {
  const plan = planSpellChecker({
    platform,
    available: target.availableSpellCheckerLanguages,
    systemLanguages: app.getPreferredSystemLanguages(),
  });
  target.setSpellCheckerEnabled(plan.enabled);
  if (plan.setLanguages) target.setSpellCheckerLanguages(plan.setLanguages);
  return plan;
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
        // The writer's own choice: on macOS and Windows it goes into the system's dictionary, as everywhere else.
        addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
      },
    );
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window });
  });
}
