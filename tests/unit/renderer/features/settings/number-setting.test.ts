// A number typed into the settings is read in either digit system, or refused with a reason.
import { describe, expect, it } from 'vitest';
import { readWholeNumber } from '../../../../../renderer/features/settings/number-setting.ts';

const HEADLINE = { min: 10, max: 500 };

describe('a number typed into a setting', () => {
  it('is read in Western, Arabic-Indic and Persian digits alike', () => {
    expect(readWholeNumber('65', HEADLINE)).toEqual({ ok: true, value: 65 });
    expect(readWholeNumber(' ٦٥ ', HEADLINE)).toEqual({ ok: true, value: 65 });
    expect(readWholeNumber('۶۵', HEADLINE)).toEqual({ ok: true, value: 65 });
  });

  it('is refused when it is not a whole number', () => {
    for (const text of ['', 'ستون', '6.5', '-20', '1e3'])
      expect(readWholeNumber(text, HEADLINE)).toEqual({ ok: false, reason: 'not_a_number' });
  });

  it('is refused outside its range', () => {
    expect(readWholeNumber('9', HEADLINE)).toEqual({ ok: false, reason: 'out_of_range' });
    expect(readWholeNumber('501', HEADLINE)).toEqual({ ok: false, reason: 'out_of_range' });
  });
});
