import { describe, expect, it } from 'vitest';
import { findingsOf, fixedBy, flagged } from './house-options.ts';

describe('Latin punctuation in Arabic text', () => {
  it('turns a Latin comma, semicolon and question mark beside Arabic into ، ؛ ؟', () => {
    expect(fixedBy('latin-punctuation', 'قال الوزير, ثم غادر; هل يعود?')).toBe(
      'قال الوزير، ثم غادر؛ هل يعود؟',
    );
  });

  it('sees Arabic through harakat and through a space after the mark', () => {
    expect(fixedBy('latin-punctuation', 'كَتَبَ, وقرأ')).toBe('كَتَبَ، وقرأ');
    expect(fixedBy('latin-punctuation', 'Apple , وسامسونغ')).toBe('Apple ، وسامسونغ');
  });

  it('leaves an English sentence with commas alone, even inside an Arabic paragraph', () => {
    expect(findingsOf('latin-punctuation', 'He said: yes, no; maybe? Then left.')).toEqual([]);
    expect(findingsOf('latin-punctuation', 'قال المتحدث: "We agree, in principle" ثم سكت')).toEqual(
      [],
    );
  });

  it('leaves a comma between digits alone', () => {
    expect(findingsOf('latin-punctuation', 'بلغ العدد 1,500 شخص')).toEqual([]);
  });

  it('offers ٪ for a Latin percent sign after Arabic-Indic digits only', () => {
    expect(fixedBy('arabic-percent', 'ارتفع بنسبة ١٥%')).toBe('ارتفع بنسبة ١٥٪');
    expect(findingsOf('arabic-percent', 'ارتفع بنسبة 15%')).toEqual([]);
  });
});

describe('doubled question and exclamation marks', () => {
  it('makes ؟؟ and !! one mark', () => {
    expect(fixedBy('doubled-punctuation', 'حقًا؟؟ نعم!!!')).toBe('حقًا؟ نعم!');
  });

  it('keeps ؟! and a single mark', () => {
    expect(flagged('doubled-punctuation', 'أهذا معقول؟! نعم.')).toEqual([]);
  });
});

describe('tatweel', () => {
  it('removes tatweel used to stretch a word, harakat kept', () => {
    expect(flagged('tatweel', 'هـــذا جَمـيـل')).toEqual(['ـــ', 'ـ', 'ـ']);
    expect(fixedBy('tatweel', 'هـــذا جَمـيـل')).toBe('هذا جَميل');
  });

  it('finds nothing in a word written plainly', () => {
    expect(flagged('tatweel', 'هذا جميل')).toEqual([]);
  });
});
