import { describe, expect, it } from 'vitest';
import {
  acceptedKeys,
  acceptedWordEntry,
} from '../../../../../common/arabic/spelling/accepted-words.ts';
import { wordList } from '../../../../../common/arabic/house-style/rules/word-list.ts';
import { DEFAULT_SETTINGS } from '../../../../../electron/default-settings.ts';

describe("the newsroom word list in the spellchecker's eyes", () => {
  it('accepts every word of the preferred forms and of the variants, as looked up', () => {
    const keys = acceptedKeys([
      { preferred: 'أبوظبي', variants: ['ابو ظبي', 'أبو ظَبي'] },
      { preferred: 'Zelenskyy', variants: ['Zelensky'] },
    ]);
    expect([...keys].sort()).toEqual(
      ['Zelensky', 'Zelenskyy', 'ابو', 'أبو', 'أبوظبي', 'ظبي'].sort(),
    );
  });

  it('adds a word as its own only variant, which the house-style rule never flags', () => {
    const entry = acceptedWordEntry('كيغالي');
    expect(entry).toEqual({ preferred: 'كيغالي', variants: ['كيغالي'] });
    const options = { ...DEFAULT_SETTINGS.houseStyle, wordList: [entry] };
    const context = { options, article: { westernDigits: 0, arabicIndicDigits: 0 } };
    expect(wordList.check('زار الوفد كيغالي أمس', context)).toEqual([]);
    expect(acceptedKeys([entry]).has('كيغالي')).toBe(true);
  });
});
