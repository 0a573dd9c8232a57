// A Latin comma, semicolon or question mark touching Arabic text is written ، ؛ ؟. An
// English sentence keeps its own punctuation: the mark must have Arabic on one side.
import { isArabicWordChar } from '../characters.ts';
import { finding, type HouseStyleRule } from '../options.ts';

const ARABIC_FORM: Record<string, string> = { ',': '،', ';': '؛', '?': '؟' };

/** The nearest character that is not a space, stepping by `step` from `index`. */
function nearestNonSpace(text: string, index: number, step: 1 | -1): string | undefined {
  for (let i = index; i >= 0 && i < text.length; i += step) {
    if (text[i] !== ' ' && text[i] !== '\u00A0') return text[i];
  }
  return undefined;
}

export const latinPunctuation: HouseStyleRule = {
  id: 'latin-punctuation',
  scope: 'block',
  check(text) {
    const findings = [];
    for (const match of text.matchAll(/[,;?]/gu)) {
      const at = match.index;
      if (
        isArabicWordChar(nearestNonSpace(text, at - 1, -1)) ||
        isArabicWordChar(nearestNonSpace(text, at + 1, 1))
      ) {
        findings.push(finding(this.id, at, at + 1, ARABIC_FORM[match[0]]!));
      }
    }
    return findings;
  },
};
