// No space before a punctuation mark: "قال ، ثم" becomes "قال، ثم". A mark that starts a
// number (" .5", " ,000") or a line is left alone.
import { finding, type HouseStyleRule } from '../options.ts';

export const spaceBeforePunctuation: HouseStyleRule = {
  id: 'space-before-punctuation',
  scope: 'block',
  check(text) {
    const findings = [];
    for (const match of text.matchAll(/(?<=\S)[ \u00A0]+([،؛؟!.:,;?]+)(?![0-9\u0660-\u0669])/gu)) {
      findings.push(finding(this.id, match.index, match.index + match[0].length, match[1]!));
    }
    return findings;
  },
};
