// The spellchecker is told Arabic first, never fetches dictionaries from the internet, and
// holds the newsroom's word list without touching the words the writer added.
import { describe, expect, it } from 'vitest';
import { chooseSpellCheckerLanguages, dictionaryChanges, dictionaryFolderUrl, wordListWords } from '../../../../electron/main/spellchecker-plan.ts';

describe('the spellchecker', () => {
  it('checks Arabic first, in whichever regional variant the platform has, then English', () => {
    expect(chooseSpellCheckerLanguages('win32', ['en-US', 'fr', 'ar-SA', 'ar-EG'])).toEqual(['ar-SA', 'en-US']);
    expect(chooseSpellCheckerLanguages('linux', ['en-GB', 'ar'])).toEqual(['ar', 'en-GB']);
  });

  it('uses English alone where no Arabic dictionary exists (Chromium on Linux has none)', () => {
    expect(chooseSpellCheckerLanguages('linux', ['af', 'en-US', 'en-GB', 'fa', 'he'])).toEqual(['en-US', 'en-GB']);
  });

  it('leaves the language to macOS, whose own checker chooses it', () => {
    expect(chooseSpellCheckerLanguages('darwin', ['ar', 'en-US'])).toEqual([]);
  });

  it('looks for missing dictionaries in the app\'s own folder, never on a server', () => {
    const url = dictionaryFolderUrl('file:///opt/Midad/resources/dictionaries');
    expect(url).toBe('file:///opt/Midad/resources/dictionaries/');
    expect(url.startsWith('file://')).toBe(true);
  });

  it('learns each word of the newsroom\'s preferred spellings once', () => {
    const wordList = [
      { preferred: 'أبوظبي', variants: ['ابو ظبي'] },
      { preferred: 'محمد بن سلمان', variants: ['محمد بن سلمن'] },
      { preferred: 'محمد', variants: ['محمّد'] },
    ];
    expect(wordListWords(wordList)).toEqual(['أبوظبي', 'محمد', 'بن', 'سلمان']);
  });

  it('adds new list words and removes only words it added itself', () => {
    expect(dictionaryChanges(['الرياض', 'جدة'], ['الرياض', 'الدمام'])).toEqual({ add: ['الدمام'], remove: ['جدة'] });
    expect(dictionaryChanges([], [])).toEqual({ add: [], remove: [] });
  });
});
