// Reading a whole number typed into a settings field, in Western or Arabic-Indic digits,
// against its allowed range: a value, or the reason it is refused (nothing is saved then).
import { toWesternDigits } from '../../../common/arabic/digits.ts';

export type NumberReading =
  { ok: true; value: number } | { ok: false; reason: 'not_a_number' | 'out_of_range' };

export function readWholeNumber(text: string, range: { min: number; max: number }): NumberReading {
  const western = toWesternDigits(text.trim());
  if (!/^\d+$/u.test(western)) return { ok: false, reason: 'not_a_number' };
  const value = Number(western);
  if (value < range.min || value > range.max) return { ok: false, reason: 'out_of_range' };
  return { ok: true, value };
}
