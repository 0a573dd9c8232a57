// No space just inside brackets or quotes: "( نص )" becomes "(نص)". Straight quotes are
// left out: whether one opens or closes cannot be told from the character.
import { finding, type HouseStyleRule } from '../options.ts';

const AFTER_OPENING = /([([«“])[ \u00A0]+(?=\S)/gu;
const BEFORE_CLOSING = /(?<=\S)[ \u00A0]+([)\]»”])/gu;

export const spaceInsideBrackets: HouseStyleRule = {
  id: 'space-inside-brackets',
  scope: 'block',
  check(text) {
    const findings = [];
    for (const pattern of [AFTER_OPENING, BEFORE_CLOSING]) {
      for (const match of text.matchAll(pattern)) {
        findings.push(finding(this.id, match.index, match.index + match[0].length, match[1]!));
      }
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};
