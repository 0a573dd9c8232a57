// The counters' numbers read exactly as Intl.NumberFormat would write them, in the house digits.
import { describe, expect, it } from 'vitest';
import { formatInteger } from '../../../../renderer/i18n/format-integer.ts';

const VALUES = [0, 7, 65, 155, 999, 1000, 2000, 20_000, 123_456, 1_234_567];

describe('a whole number in the counters', () => {
  it('is written in Western digits as Intl.NumberFormat writes it in Arabic and in English', () => {
    const arabic = new Intl.NumberFormat('ar-u-nu-latn');
    const english = new Intl.NumberFormat('en');
    for (const value of VALUES) {
      expect(formatInteger(value)).toBe(arabic.format(value));
      expect(formatInteger(value, 'western')).toBe(english.format(value));
    }
  });

  it('is written in Arabic-Indic digits, with the Arabic thousands sign, when the house uses them', () => {
    const arabicIndic = new Intl.NumberFormat('ar-u-nu-arab');
    for (const value of [...VALUES, -3, -1204])
      expect(formatInteger(value, 'arabic-indic')).toBe(arabicIndic.format(value));
    expect(formatInteger(1204, 'arabic-indic')).toBe('١٬٢٠٤');
  });
});
