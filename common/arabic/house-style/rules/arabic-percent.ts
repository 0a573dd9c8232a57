// A Latin % after Arabic-Indic digits is written ٪ (U+066A), as the digits beside it are.
import { finding, type HouseStyleRule } from '../options.ts';

export const arabicPercent: HouseStyleRule = {
  id: 'arabic-percent',
  scope: 'block',
  check(text) {
    return [...text.matchAll(/(?<=[\u0660-\u0669] ?)%/gu)].map((match) =>
      finding(this.id, match.index, match.index + 1, '٪'),
    );
  },
};
