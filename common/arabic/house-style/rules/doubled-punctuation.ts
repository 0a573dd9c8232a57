// ؟؟ or !! (or more) become one mark; the mixed ؟! of surprise is a house form and stays.
import { finding, type HouseStyleRule } from '../options.ts';

export const doubledPunctuation: HouseStyleRule = {
  id: 'doubled-punctuation',
  scope: 'block',
  check(text) {
    return [...text.matchAll(/؟{2,}|!{2,}|\?{2,}/gu)].map((match) =>
      finding(this.id, match.index, match.index + match[0].length, match[0][0]!),
    );
  },
};
