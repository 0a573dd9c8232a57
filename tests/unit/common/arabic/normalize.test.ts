// Arabic search normalization, example by example, and what it must not fold.
import { describe, expect, it } from 'vitest';
import { normalizeArabic, stemArabicWord } from '../../../../common/arabic/normalize.ts';
import {
  findMatchRanges,
  forEachSearchTerm,
  searchTermOf,
  splitWords,
} from '../../../../common/arabic/search-terms.ts';

const sameTerm = (a: string, b: string) => expect(searchTermOf(a)).toBe(searchTermOf(b));

describe('Arabic search normalization', () => {
  it('finds أحمد when احمد is typed, and every other alef form', () => {
    expect(normalizeArabic('أحمد')).toBe('احمد');
    expect(normalizeArabic('إسلام آمن ٱلله')).toBe('اسلام امن الله');
  });

  it('finds مدرسة as مدرسه and as مـدرسة stretched with tatweel', () => {
    expect(normalizeArabic('مدرسة')).toBe('مدرسه');
    expect(normalizeArabic('مـدرسة')).toBe('مدرسه');
    sameTerm('مدرسة', 'مدرسه');
    sameTerm('مدرسة', 'مـــدرسة');
  });

  it('finds ٢٠٢٤ and ۲۰۲۴ as 2024', () => {
    expect(normalizeArabic('٢٠٢٤')).toBe('2024');
    expect(normalizeArabic('۲۰۲۴')).toBe('2024');
  });

  it('folds ى to ي and removes harakat, superscript alef and Quranic marks', () => {
    expect(normalizeArabic('مستشفى')).toBe('مستشفي');
    expect(normalizeArabic('كَتَبَ الوَلَدُ')).toBe('كتب الولد');
    expect(normalizeArabic('هٰذا')).toBe('هذا');
    expect(normalizeArabic('الرَّحِيمِ ۝')).toBe('الرحيم ');
    expect(normalizeArabic('قال\u06D6')).toBe('قال');
  });

  it('removes bidi and format controls that would split or hide a match', () => {
    expect(normalizeArabic('\u200Fجدة\u200E')).toBe('جده');
    expect(normalizeArabic('\u2067جدة\u2069')).toBe('جده');
    expect(normalizeArabic('\u202Bجدة\u202C')).toBe('جده');
  });

  it('expands presentation forms by NFKC', () => {
    expect(normalizeArabic('\uFEFB')).toBe('لا');
  });

  it('keeps ؤ ئ ء, which NFD-and-strip would wrongly fold', () => {
    expect(normalizeArabic('مسؤول')).toBe('مسؤول');
    expect(normalizeArabic('رئيس')).toBe('رئيس');
    expect(normalizeArabic('سماء')).toBe('سماء');
    expect(searchTermOf('مسؤول')).not.toBe(searchTermOf('مسوول'));
    expect(searchTermOf('رئيس')).not.toBe(searchTermOf('رييس'));
  });

  it('recomposes a decomposed hamza instead of dropping it', () => {
    expect(normalizeArabic('ا\u0654حمد')).toBe('احمد');
    expect(normalizeArabic('و\u0654')).toBe('ؤ');
  });

  it('does not fold letters that are different words', () => {
    expect(normalizeArabic('ه')).toBe('ه');
    expect(normalizeArabic('ي')).toBe('ي');
    expect(searchTermOf('قلب')).not.toBe(searchTermOf('كلب'));
  });
});

describe('light stemming', () => {
  it('removes the article and the conjunctions Lucene removes', () => {
    expect(stemArabicWord('الكتاب')).toBe('كتاب');
    expect(stemArabicWord('والكتاب')).toBe('كتاب');
    expect(stemArabicWord('بالقلم')).toBe('قلم');
    expect(stemArabicWord('للطالب')).toBe('طالب');
  });

  it('removes suffixes and never leaves fewer than two letters', () => {
    expect(stemArabicWord('معلمات')).toBe('معلم');
    expect(stemArabicWord('معلمون')).toBe('معلم');
    expect(stemArabicWord('وهو')).toBe('وهو');
    expect(stemArabicWord('ال')).toBe('ال');
    expect(stemArabicWord('بها')).toBe('بها');
  });
});

describe('search terms and highlighting', () => {
  it('keeps harakat, tatweel and format controls inside a word instead of splitting there', () => {
    expect(splitWords('كَتَبَ مـدرسة\u200Fجدة').map((word) => word.text)).toEqual([
      'كَتَبَ',
      'مـدرسة\u200Fجدة',
    ]);
  });

  it('marks the words as the writer typed them', () => {
    const text = 'زار أحمدُ مـدرسة الحي عام ٢٠٢٤.';
    const ranges = findMatchRanges(text, new Set(['احمد', searchTermOf('مدرسه')!, '2024']));
    expect(ranges.map(({ start, end }) => text.slice(start, end))).toEqual([
      'أحمدُ',
      'مـدرسة',
      '٢٠٢٤',
    ]);
  });

  it('gives no term for a word made only of marks', () => {
    expect(searchTermOf('\u064E\u0640')).toBeNull();
  });
});

describe('search terms of a whole text', () => {
  it('are the terms of the words splitWords finds, for any mix of scripts, marks, format characters and lone surrogates', () => {
    const pieces = [...'ابت ثجحَُِّ ـ،.؛؟ 0١۲aZ\u200C\u200F\n-_', '😀', '𝒜', '\uD800', '\uDC00', 'ﻻ'];
    let seed = 3;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let sample = 0; sample < 5000; sample += 1) {
      let text = '';
      const length = 1 + Math.floor(random() * 20);
      for (let index = 0; index < length; index += 1)
        text += pieces[Math.floor(random() * pieces.length)];
      const terms: string[] = [];
      forEachSearchTerm(text, (term) => terms.push(term));
      expect(terms, JSON.stringify(text)).toEqual(
        splitWords(text).flatMap((word) => searchTermOf(word.text) ?? []),
      );
    }
  });
});
