// Find in the article: the spelling variants Arabic writers use meet, and every match maps
// back to the characters as written, so highlighting and replacing touch the right letters.
import { describe, expect, it } from 'vitest';
import { findInText } from '../../../../common/arabic/find-in-text.ts';
import { foldWithOffsets } from '../../../../common/arabic/fold-with-offsets.ts';

const folded = { exact: false, wholeWord: false };
const texts = (text: string, query: string, options = folded) =>
  findInText(text, query, options).map(({ start, end }) => text.slice(start, end));

describe('folding with offsets', () => {
  it('folds hamza forms of alef, ة, ى, digits and Latin case the way the drafts search does', () => {
    expect(foldWithOffsets('أإآٱ ة ى ١٢۳ AbC').folded).toBe('اااا ه ي 123 abc');
  });

  it('drops harakat and tatweel and maps every kept character to where it was written', () => {
    const { folded: text, origins } = foldWithOffsets('أَحْـمَد');
    expect(text).toBe('احمد');
    expect(origins).toEqual([0, 2, 5, 7]);
  });

  it('folds a combining hamza written after its alef together with the alef', () => {
    const { folded: text, origins } = foldWithOffsets('ا\u0654حمد');
    expect(text).toBe('احمد');
    expect(origins).toEqual([0, 2, 3, 4]);
  });

  it('keeps an exact text as it is', () => {
    expect(foldWithOffsets('أحمد', true)).toEqual({ folded: 'أحمد', origins: [0, 1, 2, 3] });
  });
});

describe('finding in a text', () => {
  it('finds احمد written with any alef, with harakat and with tatweel', () => {
    expect(texts('أحمد وإحمد واحمد وأَحْـمَدُ', 'احمد')).toEqual(['أحمد', 'إحمد', 'احمد', 'أَحْـمَدُ']);
  });

  it('finds مدرسة typed as مدرسه and مستشفى typed as مستشفي', () => {
    expect(texts('في المدرسة قرب المستشفى', 'مدرسه')).toEqual(['مدرسة']);
    expect(texts('في المدرسة قرب المستشفى', 'مستشفي')).toEqual(['مستشفى']);
  });

  it('finds a number whichever digits it is written in', () => {
    expect(texts('عام ٢٠٢٤ وعام 2024', '2024')).toEqual(['٢٠٢٤', '2024']);
    expect(texts('عام ٢٠٢٤ وعام 2024', '٢٠٢٤')).toEqual(['٢٠٢٤', '2024']);
  });

  it('an exact match compares the characters as written', () => {
    expect(texts('أحمد وإحمد واحمد', 'إحمد', { exact: true, wholeWord: false })).toEqual(['إحمد']);
  });

  it('a whole word is bounded by non-letters: a longer word, a prefix or a suffix is not it', () => {
    const text = 'أحمد، الأحمدي وأحمد (احمد) أحمدُ';
    expect(texts(text, 'احمد', { exact: false, wholeWord: true })).toEqual([
      'أحمد',
      'احمد',
      'أحمدُ',
    ]);
    expect(texts(text, 'احمد')).toHaveLength(5);
  });

  it('a whole number is not found inside a longer one', () => {
    expect(texts('١٢٣ و 12', '12', { exact: false, wholeWord: true })).toEqual(['12']);
  });

  it('finds nothing for an empty query or one made only of harakat', () => {
    expect(findInText('أحمد', '', folded)).toEqual([]);
    expect(findInText('أحمد', 'ً', folded)).toEqual([]);
  });

  it('matches do not overlap', () => {
    expect(texts('ااااا', 'اا')).toEqual(['اا', 'اا']);
  });
});
