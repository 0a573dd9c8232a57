import { describe, expect, it } from 'vitest';
import { slugFromHeadline, WORDPRESS_SLUG_LIMIT } from '../../../../common/wordpress/slug.ts';

describe('slugFromHeadline', () => {
  it('joins the words of an Arabic headline with hyphens', () => {
    expect(slugFromHeadline('الأمطار تغمر شوارع جدة')).toBe('الأمطار-تغمر-شوارع-جدة');
  });

  it('drops « » and curly quotes, harakat and tatweel', () => {
    expect(slugFromHeadline('«بِسْمِ اللَّهِ» يقول “الشيخ” في الـــحفل')).toBe(
      'بسم-الله-يقول-الشيخ-في-الحفل',
    );
  });

  it('drops Arabic punctuation ، ؛ ؟ and Latin punctuation', () => {
    expect(slugFromHeadline('هل ينتهي الإضراب؟ النقابة، والحكومة؛ نعم!')).toBe(
      'هل-ينتهي-الإضراب-النقابة-والحكومة-نعم',
    );
    expect(slugFromHeadline('Apple (NASDAQ: AAPL) تعلن: iPhone 17… بـ999$')).toBe(
      'apple-nasdaq-aapl-تعلن-iphone-17-ب999',
    );
  });

  it('folds nothing else: hamzas, alef maqsura, ta marbuta and Arabic digits stay as written', () => {
    expect(slugFromHeadline('إسرائيل أو آسيا؟ مستشفى المدينة ٢٠٢٦')).toBe(
      'إسرائيل-أو-آسيا-مستشفى-المدينة-٢٠٢٦',
    );
  });

  it('removes bidi controls and squeezes spaces and hyphens', () => {
    expect(slugFromHeadline('\u200f  قمة   الرياض -- 2026 \u2066CNN\u2069 ')).toBe(
      'قمة-الرياض-2026-cnn',
    );
  });

  it('is empty for a headline of punctuation only', () => {
    expect(slugFromHeadline('«؟»')).toBe('');
  });

  it('keeps within 200 percent-encoded characters, cut at a word, with no trailing hyphen', () => {
    const headline =
      'وزير الخارجية يبحث مع نظيره الفرنسي في باريس تطورات الأوضاع الإقليمية والدولية وسبل تعزيز التعاون';
    const slug = slugFromHeadline(headline);
    expect(encodeURIComponent(slug).length).toBeLessThanOrEqual(WORDPRESS_SLUG_LIMIT);
    expect(slug).not.toMatch(/-$/);
    expect(headline.replace(/ /g, '-').startsWith(slug)).toBe(true);
    // Each Arabic letter is 6 encoded characters: about 33 letters fit.
    expect(encodeURIComponent(slug).length).toBeGreaterThan(WORDPRESS_SLUG_LIMIT - 6 * 8);
  });

  it('cuts a single long word between characters, never inside one', () => {
    const slug = slugFromHeadline('ا'.repeat(40));
    expect(slug).toBe('ا'.repeat(33));
    expect(() => decodeURIComponent(encodeURIComponent(slug))).not.toThrow();
    // A letter outside the BMP is 12 encoded characters and a surrogate pair: never split.
    expect(slugFromHeadline('𝒜'.repeat(30))).toBe('𝒜'.repeat(16));
  });

  it('leaves a short enough slug whole', () => {
    expect(slugFromHeadline('a'.repeat(WORDPRESS_SLUG_LIMIT))).toHaveLength(WORDPRESS_SLUG_LIMIT);
  });
});
