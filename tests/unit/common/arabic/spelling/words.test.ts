import { describe, expect, it } from 'vitest';
import { lookupForm, spellingWords } from '../../../../../common/arabic/spelling/words.ts';

const keys = (text: string) => spellingWords(text).map((word) => `${word.language}:${word.key}`);

describe('the words the spellchecker looks up', () => {
  it('drops harakat and tatweel, keeps hamza forms and ta marbuta', () => {
    expect(lookupForm('كَتَبَ')).toEqual({ language: 'ar', key: 'كتب' });
    expect(lookupForm('الحكومـــة')).toEqual({ language: 'ar', key: 'الحكومة' });
    expect(lookupForm('شكرًا')).toEqual({ language: 'ar', key: 'شكرا' });
    expect(lookupForm('أعلنت')?.key).toBe('أعلنت');
    expect(lookupForm('الحكومه')?.key).toBe('الحكومه');
  });

  it('gives each word its dictionary by its letters, and leaves mixed scripts, digits and acronyms alone', () => {
    expect(keys('قالت صحيفة The Guardian')).toEqual([
      'ar:قالت',
      'ar:صحيفة',
      'en:The',
      'en:Guardian',
    ]);
    expect(keys('في عام 2024 و٢٠٢٥ قال G20 وCOVID-19 وNATO')).toEqual([
      'ar:في',
      'ar:عام',
      'ar:قال',
    ]);
    // Arabic and Latin letters in one word (a slip of the keyboard layout): no dictionary fits.
    expect(lookupForm('الpolice')).toBeNull();
    expect(lookupForm('x')).toBeNull();
  });

  it('keeps an apostrophe inside an English word, typographic or not', () => {
    expect(keys("don’t isn't")).toEqual(["en:don't", "en:isn't"]);
  });

  it('skips web addresses, e-mails, handles and hashtags', () => {
    expect(keys('راجع https://example.com/خبر أو news@example.com و@midad_news و#عاجل')).toEqual([
      'ar:راجع',
      'ar:أو',
    ]);
  });

  it('gives offsets into the text as written', () => {
    const text = 'قال الوزيـر: هَذا';
    for (const word of spellingWords(text))
      expect(text.slice(word.start, word.end)).toBe(word.text);
    expect(spellingWords(text).map((word) => word.text)).toEqual(['قال', 'الوزيـر', 'هَذا']);
  });
});
