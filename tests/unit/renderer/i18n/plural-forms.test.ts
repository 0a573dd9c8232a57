// Counts in the interface agree with their number as Arabic and English grammar want
// (Intl.PluralRules), and are written in the house digits.
import { describe, expect, it } from 'vitest';
import { ar } from '../../../../renderer/i18n/ar.ts';
import { en } from '../../../../renderer/i18n/en.ts';
import { translate, type NumberStyle } from '../../../../renderer/i18n/translate.ts';

const COUNTS = [0, 1, 2, 3, 11, 100];
const arabicWestern: NumberStyle = { language: 'ar', digits: 'western' };
const arabicIndic: NumberStyle = { language: 'ar', digits: 'arabic-indic' };
const english: NumberStyle = { language: 'en', digits: 'western' };

function wordsIn(strings: typeof ar | typeof en, style: NumberStyle): string[] {
  return COUNTS.map((count) => translate(strings, ar, 'history.words', { count }, style));
}

describe('a word count in the interface', () => {
  it('takes the Arabic form for 0, 1, 2, 3, 11 and 100 words, in Arabic-Indic digits when the house uses them', () => {
    expect(wordsIn(ar, arabicIndic)).toEqual([
      'لا كلمات',
      'كلمة واحدة',
      'كلمتان',
      '٣ كلمات',
      '١١ كلمة',
      '١٠٠ كلمة',
    ]);
  });

  it('takes the same forms in Western digits when the house uses them', () => {
    expect(wordsIn(ar, arabicWestern)).toEqual([
      'لا كلمات',
      'كلمة واحدة',
      'كلمتان',
      '3 كلمات',
      '11 كلمة',
      '100 كلمة',
    ]);
  });

  it('reads "1 word" and "2 words" in English', () => {
    expect(wordsIn(en, english)).toEqual([
      '0 words',
      '1 word',
      '2 words',
      '3 words',
      '11 words',
      '100 words',
    ]);
  });

  it('follows Arabic number agreement past the first hundred (103 كلمات, 111 كلمة) and writes thousands', () => {
    expect(translate(ar, ar, 'history.words', { count: 103 }, arabicIndic)).toBe('١٠٣ كلمات');
    expect(translate(ar, ar, 'history.words', { count: 111 }, arabicIndic)).toBe('١١١ كلمة');
    expect(translate(ar, ar, 'history.words', { count: 20_000 }, arabicIndic)).toBe('٢٠٬٠٠٠ كلمة');
    expect(translate(en, ar, 'history.words', { count: 20_000 }, english)).toBe('20,000 words');
  });
});

describe('other counted phrases', () => {
  it('agree in Arabic for findings, preferred spellings and drafts in the trash', () => {
    const findings = COUNTS.map((count) =>
      translate(ar, ar, 'houseStyle.count', { count }, arabicIndic),
    );
    expect(findings).toEqual([
      'لا ملاحظات',
      'ملاحظة واحدة',
      'ملاحظتان',
      '٣ ملاحظات',
      '١١ ملاحظة',
      '١٠٠ ملاحظة',
    ]);
    const spellings = COUNTS.map((count) =>
      translate(ar, ar, 'houseStyle.wordList.count', { count }, arabicWestern),
    );
    expect(spellings).toEqual([
      'لا كلمات معتمدة',
      'كلمة معتمدة واحدة',
      'كلمتان معتمدتان',
      '3 كلمات معتمدة',
      '11 كلمة معتمدة',
      '100 كلمة معتمدة',
    ]);
    expect(translate(ar, ar, 'trash.emptyAllQuestion', { count: 2 }, arabicIndic)).toBe(
      'حذف مسودتين نهائيًا؟ لا يمكن التراجع.',
    );
    expect(translate(ar, ar, 'trash.emptyAllQuestion', { count: 4 }, arabicIndic)).toBe(
      'حذف ٤ مسودات نهائيًا؟ لا يمكن التراجع.',
    );
  });

  it('agree for the reading time in minutes', () => {
    expect(
      COUNTS.map((count) => translate(ar, ar, 'counts.readingValue', { count }, arabicIndic)),
    ).toEqual(['أقل من دقيقة', 'دقيقة واحدة', 'دقيقتان', '٣ دقائق', '١١ دقيقة', '١٠٠ دقيقة']);
    expect(translate(en, ar, 'counts.readingValue', { count: 1 }, english)).toBe('1 min');
  });

  it('agree for the limits a refusal names (characters of a comment, capabilities of a role)', () => {
    expect(translate(ar, ar, 'comments.refused.text_too_long', { count: 5000 }, arabicIndic)).toBe(
      'التعليق أطول من ٥٬٠٠٠ حرف، ولم يُحفظ؛ نصه باقٍ في المربع.',
    );
    expect(translate(ar, ar, 'comments.refused.text_too_long', { count: 11 }, arabicIndic)).toBe(
      'التعليق أطول من ١١ حرفًا، ولم يُحفظ؛ نصه باقٍ في المربع.',
    );
    expect(
      translate(
        ar,
        ar,
        'settings.newsroomRoles.too_many_capabilities',
        { count: 10 },
        arabicWestern,
      ),
    ).toBe('اذكر 10 صلاحيات على الأكثر، ولم يُحفظ شيء.');
    expect(
      translate(en, ar, 'settings.newsroomRoles.too_many_capabilities', { count: 1 }, english),
    ).toBe('List at most 1 capability; nothing was saved.');
  });

  it('agree in English for findings and imported entries', () => {
    expect(
      COUNTS.map((count) => translate(en, ar, 'houseStyle.count', { count }, english)),
    ).toEqual([
      '0 findings',
      '1 finding',
      '2 findings',
      '3 findings',
      '11 findings',
      '100 findings',
    ]);
    expect(translate(en, ar, 'houseStyle.wordList.imported', { count: 1 }, english)).toBe(
      '1 entry imported.',
    );
  });

  it('a phrase built from two counts agrees in each of them', () => {
    const summary = (
      strings: typeof ar | typeof en,
      style: NumberStyle,
      inserted: number,
      deleted: number,
    ) =>
      translate(
        strings,
        ar,
        'history.diffSummary',
        {
          inserted: translate(strings, ar, 'history.words', { count: inserted }, style),
          deleted: translate(strings, ar, 'history.words', { count: deleted }, style),
        },
        style,
      );
    expect(summary(ar, arabicIndic, 3, 0)).toBe('المضاف: ٣ كلمات، والمحذوف: لا كلمات.');
    expect(summary(en, english, 1, 2)).toBe('1 word added, 2 words deleted.');
  });

  it('an English catalogue without a phrase falls back to Arabic with Arabic agreement', () => {
    expect(translate({}, ar, 'history.words', { count: 2 }, english)).toBe('كلمتان');
  });
});

describe('numbers in any interface string', () => {
  it('are written in the house digits', () => {
    expect(translate(ar, ar, 'limits.figures', { length: 42, limit: 1500 }, arabicIndic)).toBe(
      '٤٢ / ١٬٥٠٠',
    );
    expect(translate(ar, ar, 'limits.figures', { length: 42, limit: 1500 }, arabicWestern)).toBe(
      '42 / 1,500',
    );
  });
});
