// Persian digit forms (۰-۹, U+06F0-U+06F9; ۴ ۵ ۶ look unlike the Arabic ٤ ٥ ٦) typed by a
// Persian keyboard layout into Arabic text become the house system's digits.
import { toDigitSystem } from '../../digits.ts';
import { hasArabicLetter } from '../characters.ts';
import { finding, type HouseStyleRule } from '../options.ts';

export const persianDigits: HouseStyleRule = {
  id: 'persian-digits',
  scope: 'block',
  check(text, { options }) {
    if (!/[\u06F0-\u06F9]/u.test(text) || !hasArabicLetter(text)) return [];
    return [...text.matchAll(/[\u06F0-\u06F9]+/gu)].map((match) =>
      finding(
        this.id,
        match.index,
        match.index + match[0].length,
        toDigitSystem(match[0], options.digits),
      ),
    );
  },
};
