// One digit system per article: where Western 0-9 and Arabic-Indic ٠-٩ both appear, the
// digits not in the house system are flagged. An article written wholly in one system is
// left to the writer (a quoted table, another desk's copy); mixing is what the reader sees.
import { toDigitSystem } from '../../digits.ts';
import { finding, type HouseStyleRule } from '../options.ts';

const WESTERN_RUN = /[0-9]+/gu;
const ARABIC_INDIC_RUN = /[\u0660-\u0669]+/gu;

export const mixedDigits: HouseStyleRule = {
  id: 'mixed-digits',
  scope: 'article',
  check(text, { options, article }) {
    if (article.westernDigits === 0 || article.arabicIndicDigits === 0) return [];
    const foreign = options.digits === 'western' ? ARABIC_INDIC_RUN : WESTERN_RUN;
    return [...text.matchAll(foreign)].map((match) =>
      finding(
        this.id,
        match.index,
        match.index + match[0].length,
        toDigitSystem(match[0], options.digits),
      ),
    );
  },
};

/** How many digits of each system a block holds: summed over blocks, the ArticleFacts. */
export function countDigitSystems(text: string): {
  westernDigits: number;
  arabicIndicDigits: number;
} {
  let westernDigits = 0;
  let arabicIndicDigits = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) westernDigits += 1;
    else if (code >= 0x0660 && code <= 0x0669) arabicIndicDigits += 1;
  }
  return { westernDigits, arabicIndicDigits };
}
