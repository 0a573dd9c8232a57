import { describe, expect, it } from 'vitest';
import { fixedBy, flagged } from './house-options.ts';

describe('space before punctuation', () => {
  it('removes the space before ، ؛ ؟ ! . : and their Latin forms', () => {
    expect(fixedBy('space-before-punctuation', 'قال ، ثم سأل ؟ وأجاب : لا .')).toBe(
      'قال، ثم سأل؟ وأجاب: لا.',
    );
    expect(fixedBy('space-before-punctuation', 'Really ! Yes .')).toBe('Really! Yes.');
  });

  it('leaves a decimal point that starts a number and a mark at the start of the block', () => {
    expect(flagged('space-before-punctuation', 'النسبة .5 فقط')).toEqual([]);
    expect(flagged('space-before-punctuation', ' . بداية')).toEqual([]);
    expect(flagged('space-before-punctuation', 'قال، ثم مضى.')).toEqual([]);
  });
});

describe('space after punctuation', () => {
  it('adds the missing space after an Arabic mark', () => {
    expect(fixedBy('space-after-punctuation', 'قال،ثم سأل؟لماذا')).toBe('قال، ثم سأل؟ لماذا');
  });

  it('adds it after a Latin mark between Arabic words, harakat included', () => {
    expect(fixedBy('space-after-punctuation', 'انتهى الاجتماعُ.وغادر الجميع')).toBe(
      'انتهى الاجتماعُ. وغادر الجميع',
    );
  });

  it('leaves numbers, times, addresses and a mark before a quote alone', () => {
    expect(flagged('space-after-punctuation', 'الساعة 10:30 والنسبة 3.5 على example.com')).toEqual(
      [],
    );
    expect(flagged('space-after-punctuation', 'قال: «نعم،» ومضى')).toEqual([]);
  });
});

describe('space inside brackets and quotes', () => {
  it('removes the space just inside ( ) [ ] « » “ ”', () => {
    expect(fixedBy('space-inside-brackets', 'قال ( الوزير ) إن « الخطة » و“ القرار ”')).toBe(
      'قال (الوزير) إن «الخطة» و“القرار”',
    );
  });

  it('finds nothing where the marks hug the text', () => {
    expect(flagged('space-inside-brackets', 'قال (الوزير) إن «الخطة» [مؤقتة]')).toEqual([]);
  });
});

describe('repeated spaces', () => {
  it('makes a run of spaces one space', () => {
    expect(fixedBy('repeated-spaces', 'قال   الوزير  إن')).toBe('قال الوزير إن');
  });

  it('finds nothing between words with one space', () => {
    expect(flagged('repeated-spaces', 'قال الوزير إن')).toEqual([]);
  });
});
