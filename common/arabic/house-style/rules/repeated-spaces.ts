// Two or more spaces in a row become one: a typist's habit the page shows as a gap.
import { finding, type HouseStyleRule } from '../options.ts';

export const repeatedSpaces: HouseStyleRule = {
  id: 'repeated-spaces',
  scope: 'block',
  check(text) {
    return [...text.matchAll(/[ \u00A0]{2,}/gu)].map((match) =>
      finding(this.id, match.index, match.index + match[0].length, ' '),
    );
  },
};
