// Tatweel (ـ, U+0640) stretches a word for display; in running news text it is removed.
import { finding, type HouseStyleRule } from '../options.ts';

export const tatweel: HouseStyleRule = {
  id: 'tatweel',
  scope: 'block',
  check(text) {
    return [...text.matchAll(/\u0640+/gu)].map((match) =>
      finding(this.id, match.index, match.index + match[0].length, ''),
    );
  },
};
