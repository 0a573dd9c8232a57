// One space after a punctuation mark: "قال،ثم" becomes "قال، ثم". Latin marks count only
// between Arabic letters, so 3.5, 10:30 and example.com stay as they are.
import { ARABIC_LETTER } from '../characters.ts';
import { finding, type HouseStyleRule } from '../options.ts';

const ARABIC_MARK_THEN_LETTER = /[،؛؟](?=\p{L})/gu;
const LATIN_MARK_BETWEEN_ARABIC = new RegExp(
  `(?<=${ARABIC_LETTER.source}[\\u064B-\\u065F\\u0670]*)[.!:,;?](?=${ARABIC_LETTER.source})`,
  'gu',
);

export const spaceAfterPunctuation: HouseStyleRule = {
  id: 'space-after-punctuation',
  scope: 'block',
  check(text) {
    const findings = [];
    for (const pattern of [ARABIC_MARK_THEN_LETTER, LATIN_MARK_BETWEEN_ARABIC]) {
      for (const match of text.matchAll(pattern)) {
        findings.push(finding(this.id, match.index, match.index + 1, `${match[0]} `));
      }
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};
