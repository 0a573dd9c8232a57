// The counters' numbers read exactly as Intl.NumberFormat would write them in either language.
import { describe, expect, it } from 'vitest';
import { formatInteger } from '../../../../renderer/i18n/format-integer.ts';

describe('a whole number in the counters', () => {
  it('is written as Intl.NumberFormat writes it in Arabic and in English', () => {
    const arabic = new Intl.NumberFormat('ar');
    const english = new Intl.NumberFormat('en');
    for (const value of [0, 7, 65, 155, 999, 1000, 2000, 20_000, 123_456, 1_234_567]) {
      expect(formatInteger(value)).toBe(arabic.format(value));
      expect(formatInteger(value)).toBe(english.format(value));
    }
  });
});
