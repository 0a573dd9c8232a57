// A right click on a misspelt word offers the suggestions and "add to dictionary" in the
// interface's language; elsewhere only the editing commands that make sense.
import { describe, expect, it, vi } from 'vitest';
import {
  buildSpellingMenu,
  type SpellingMenuInput,
} from '../../../../electron/main/spelling-menu.ts';

// Electron's own type, taken from the builder so the test needs no 'electron' import.
type MenuItemConstructorOptions = ReturnType<typeof buildSpellingMenu>[number];

const base: SpellingMenuInput = {
  language: 'ar',
  misspelledWord: '',
  suggestions: [],
  isEditable: true,
  hasSelection: false,
};
const labels = (items: MenuItemConstructorOptions[]) =>
  items.map((item) => item.label ?? item.type);

describe('the right-click menu in the article', () => {
  it('offers the suggestions for a misspelt word, then adds it to the dictionary on request', () => {
    const actions = { replaceWith: vi.fn(), addToDictionary: vi.fn() };
    const items = buildSpellingMenu(
      { ...base, misspelledWord: 'المدرسه', suggestions: ['المدرسة', 'المدرس'] },
      actions,
    );
    expect(labels(items)).toEqual([
      'المدرسة',
      'المدرس',
      'أضف إلى القاموس',
      'separator',
      'قص',
      'نسخ',
      'لصق',
    ]);
    (items[0].click as () => void)();
    expect(actions.replaceWith).toHaveBeenCalledWith('المدرسة');
    (items[2].click as () => void)();
    expect(actions.addToDictionary).toHaveBeenCalledWith('المدرسه');
  });

  it('says there are no suggestions rather than showing nothing, and speaks English in an English interface', () => {
    const items = buildSpellingMenu(
      { ...base, language: 'en', misspelledWord: 'Midadd' },
      { replaceWith: vi.fn(), addToDictionary: vi.fn() },
    );
    expect(labels(items)).toEqual([
      'No Suggestions',
      'Add to Dictionary',
      'separator',
      'Cut',
      'Copy',
      'Paste',
    ]);
    expect(items[0].enabled).toBe(false);
  });

  it('offers only copy for selected text that cannot be edited, and nothing over plain page', () => {
    const actions = { replaceWith: vi.fn(), addToDictionary: vi.fn() };
    expect(
      labels(buildSpellingMenu({ ...base, isEditable: false, hasSelection: true }, actions)),
    ).toEqual(['نسخ']);
    expect(buildSpellingMenu({ ...base, isEditable: false }, actions)).toEqual([]);
  });
});
