// The menu a right click opens in the text: the spellchecker's suggestions for a misspelt
// word and "add to dictionary" first, then cut, copy and paste. As data, so it is tested
// without Electron; main-window.ts builds it from each context-menu event.
import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../contract/index.ts';
import { MENU_LABELS } from './menu-labels.ts';

export interface SpellingMenuInput {
  language: Language;
  /** The word under the pointer if the spellchecker flags it, else ''. */
  misspelledWord: string;
  suggestions: readonly string[];
  isEditable: boolean;
  hasSelection: boolean;
}

export interface SpellingMenuActions {
  replaceWith(word: string): void;
  addToDictionary(word: string): void;
}

/** Chromium offers many suggestions for long Arabic words; a menu shows the first few. */
const MAX_SUGGESTIONS = 6;

export function buildSpellingMenu(
  input: SpellingMenuInput,
  actions: SpellingMenuActions,
): MenuItemConstructorOptions[] {
  const label = MENU_LABELS[input.language];
  const items: MenuItemConstructorOptions[] = [];
  if (input.isEditable && input.misspelledWord) {
    const suggestions = input.suggestions.slice(0, MAX_SUGGESTIONS);
    if (suggestions.length === 0) items.push({ label: label.noSuggestions, enabled: false });
    for (const suggestion of suggestions)
      items.push({ label: suggestion, click: () => actions.replaceWith(suggestion) });
    items.push({
      label: label.addToDictionary,
      click: () => actions.addToDictionary(input.misspelledWord),
    });
    items.push({ type: 'separator' });
  }
  if (input.isEditable) items.push({ role: 'cut', label: label.cut, enabled: input.hasSelection });
  if (input.isEditable || input.hasSelection)
    items.push({ role: 'copy', label: label.copy, enabled: input.hasSelection });
  if (input.isEditable) items.push({ role: 'paste', label: label.paste });
  return items;
}
