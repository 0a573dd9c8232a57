import { describe, expect, it } from 'vitest';
import { fixedBy, flagged, house } from './house-options.ts';

describe('repeated word', () => {
  it('removes the second of the same word twice in a row', () => {
    expect(fixedBy('repeated-word', 'ذهب في في الصباح')).toBe('ذهب في الصباح');
  });

  it('sees the same word through harakat and tatweel, and in English whatever the case', () => {
    expect(flagged('repeated-word', 'كَتَبَ كتب الدرس')).toEqual([' كتب']);
    expect(flagged('repeated-word', 'جميـل جميل')).toEqual([' جميل']);
    expect(fixedBy('repeated-word', 'the The report')).toBe('the report');
  });

  it('leaves words apart by punctuation, different words, and repeated numbers alone', () => {
    expect(flagged('repeated-word', 'لا، لا أوافق')).toEqual([]);
    expect(flagged('repeated-word', 'شيئا فشيئا')).toEqual([]);
    expect(flagged('repeated-word', 'بين 10 10 و20')).toEqual([]);
  });
});

describe('newsroom word list', () => {
  const list = house({
    wordList: [
      { preferred: 'إسطنبول', variants: ['اسطنبول', 'استانبول'] },
      { preferred: 'عبد الله', variants: ['عبدالله'] },
      { preferred: 'أوباما', variants: ['اوباما'] },
    ],
  });

  it('offers the preferred spelling for each variant', () => {
    expect(fixedBy('word-list', 'زار اسطنبول ثم استانبول', list)).toBe('زار إسطنبول ثم إسطنبول');
    expect(fixedBy('word-list', 'قال عبدالله', list)).toBe('قال عبد الله');
  });

  it('matches a variant written with harakat or tatweel', () => {
    expect(fixedBy('word-list', 'زار اِسْطَنْبُول واسـطنبول', list)).toBe('زار إسطنبول واسـطنبول');
  });

  it('matches whole words only and never flags the preferred form', () => {
    expect(flagged('word-list', 'قال الاوباماوي إن أوباما في إسطنبول', list)).toEqual([]);
  });

  it('matches a variant of several words', () => {
    const names = house({ wordList: [{ preferred: 'أبو ظبي', variants: ['ابو ظبي', 'أبوظبي'] }] });
    expect(fixedBy('word-list', 'وصل إلى ابو  ظبي وأبوظبي', names)).toBe('وصل إلى أبو ظبي وأبوظبي');
  });

  it('finds nothing with an empty list', () => {
    expect(flagged('word-list', 'زار اسطنبول')).toEqual([]);
  });
});
