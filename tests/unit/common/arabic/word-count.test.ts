import { describe, expect, it } from 'vitest';
import {
  BlockCounter,
  countCharacters,
  countWords,
  readingMinutes,
} from '../../../../common/arabic/word-count.ts';

describe('word count', () => {
  it('counts Arabic-Indic digits as words', () => {
    expect(countWords('قتل ١٢ شخصا في عام ٢٠٢٤')).toBe(6);
  });

  it('keeps a word with its clitics, tatweel and a decimal number whole', () => {
    expect(countWords('والكتاب ٣٫٥ كتـــاب')).toBe(3);
  });

  it('counts a URL or an e-mail address as one word', () => {
    expect(countWords('انظر https://example.com/news/2024?id=5 الآن')).toBe(3);
    expect(countWords('راسلونا على desk@example.com اليوم')).toBe(4);
  });

  it('counts English names and Western digits inside Arabic text', () => {
    expect(countWords('قال تيم كوك، رئيس Apple، إن الشركة باعت 235 مليون جهاز في ٢٠٢٤.')).toBe(13);
  });

  it('counts no words in punctuation and spaces', () => {
    expect(countWords('  ،؛ — … ')).toBe(0);
    expect(countWords('')).toBe(0);
  });
});

describe('character count', () => {
  it('counts a letter with its harakat as one character', () => {
    expect(countCharacters('كَتَبَ')).toBe(3);
  });

  it('counts spaces but not line breaks', () => {
    expect(countCharacters('في عام\n٢٠٢٤')).toBe(10);
  });

  it('counts exactly as user-perceived characters (Intl.Segmenter) for any mix of scripts, marks and emoji', () => {
    const graphemes = (text: string) =>
      [...new Intl.Segmenter('ar', { granularity: 'grapheme' }).segment(text)].length;
    const pieces = [
      'كَتَبَ',
      'شكرًا',
      'Apple',
      '٢٠٢٤',
      '،',
      ' ',
      'ـ',
      '\u0651',
      'é',
      'e\u0301',
      '👍🏽',
      '👨‍👩‍👧',
      '🇸🇦',
      '\u0600١٢',
      'हिन्दी',
      '한국어',
      'ﻻ',
      '\u200f',
      '«',
      '"',
      '؟',
      'ّ',
    ];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let sample = 0; sample < 1000; sample += 1) {
      const length = 1 + Math.floor(random() * 8);
      const text = Array.from({ length }, () => pieces[Math.floor(random() * pieces.length)]).join(
        '',
      );
      expect(countCharacters(text), JSON.stringify(text)).toBe(graphemes(text));
    }
  });
});

describe('reading time', () => {
  it('takes 140 words a minute, rounded up, at least a minute', () => {
    expect(readingMinutes(0, 140)).toBe(0);
    expect(readingMinutes(1, 140)).toBe(1);
    expect(readingMinutes(140, 140)).toBe(1);
    expect(readingMinutes(141, 140)).toBe(2);
  });
});

describe('block counter', () => {
  it('adds up blocks and gives the same answer after a block changes', () => {
    const counter = new BlockCounter();
    expect(counter.count(['قتل ١٢ شخصا', 'في عام ٢٠٢٤'])).toEqual({ words: 6, characters: 22 });
    expect(counter.count(['قتل ١٢ شخصا', 'في عام ٢٠٢٤ ميلادي'])).toEqual({
      words: 7,
      characters: 29,
    });
  });
});

describe('a text of 50 MB', () => {
  it('has its characters counted, not a stack overflow in the regex engine', () => {
    expect(countCharacters('ا'.repeat(50_000_000))).toBe(50_000_000);
    expect(countCharacters(`${'بَ'.repeat(1_000_000)}😀`)).toBe(1_000_001);
  });
});

describe('plain prose counted without the segmenter', () => {
  it('gives the segmenter’s count for any mix of Arabic and Latin letters, harakat, digits, spaces and punctuation', () => {
    const segmenter = new Intl.Segmenter('ar', { granularity: 'word' });
    const bySegmenter = (text: string) =>
      [...segmenter.segment(text)].filter((segment) => segment.isWordLike).length;
    const pieces = [
      ...'ابتجحدرسعفقكلمنهويأإآؤئءةى',
      'َ',
      'ُ',
      'ّ',
      'ْ',
      'ً',
      'ٰ',
      'a',
      'Z',
      '1',
      '٢',
      '۳',
      ' ',
      ' ',
      '\n',
      ...'!?()«»"-؟؛.,:;،',
    ];
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let sample = 0; sample < 20_000; sample += 1) {
      let text = '';
      const length = 1 + Math.floor(random() * 30);
      for (let index = 0; index < length; index += 1)
        text += sample % 2 && random() < 0.3 ? ' ' : pieces[Math.floor(random() * pieces.length)];
      expect(countWords(text), JSON.stringify(text)).toBe(bySegmenter(text));
    }
  });
});
