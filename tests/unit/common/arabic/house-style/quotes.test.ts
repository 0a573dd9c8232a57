import { describe, expect, it } from 'vitest';
import { fixedBy, flagged, house } from './house-options.ts';

describe('quotation mark style', () => {
  it('turns curly and straight quotes around Arabic into the house guillemets', () => {
    expect(fixedBy('quote-style', 'قال “نعم” ثم "لا"')).toBe('قال «نعم» ثم «لا»');
  });

  it('turns guillemets into curly quotes when the house uses them, harakat inside kept', () => {
    expect(fixedBy('quote-style', 'قال «نَعَم»', house({ quoteStyle: 'curly' }))).toBe('قال “نَعَم”');
  });

  it('fixes nested pairs too', () => {
    expect(fixedBy('quote-style', 'قال “إن “الخطة” جاهزة”')).toBe('قال «إن «الخطة» جاهزة»');
  });

  it('leaves house quotes, straight quotes around English, and unpaired marks alone', () => {
    expect(flagged('quote-style', 'قال «نعم»')).toEqual([]);
    expect(flagged('quote-style', 'كتبت "The Times" أمس')).toEqual([]);
    expect(flagged('quote-style', 'قال “نعم')).toEqual([]);
  });
});
