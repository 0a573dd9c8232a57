// The house quotation marks: « » or “ ” (a setting). A pair in the other style, or a pair
// of straight "..." around Arabic text, is flagged as a whole and both marks are replaced.
// Marks are in logical (typing) order: « and “ open, » and ” close. Unpaired marks are
// left to the unbalanced-pairs rule.
import { hasArabicLetter } from '../characters.ts';
import { finding, type Finding, type HouseStyleRule } from '../options.ts';

const HOUSE_MARKS = { guillemets: ['«', '»'], curly: ['“', '”'] } as const;

/** [open, close] index pairs of `opening`…`closing`, nested pairs included. */
function pairs(text: string, opening: string, closing: string): [number, number][] {
  const found: [number, number][] = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === opening) open.push(i);
    else if (text[i] === closing && open.length > 0) found.push([open.pop()!, i]);
  }
  return found;
}

/** Straight quotes pair up in order: the first with the second, the third with the fourth. */
function straightPairs(text: string): [number, number][] {
  const marks = [...text.matchAll(/"/gu)].map((match) => match.index);
  const found: [number, number][] = [];
  for (let i = 0; i + 1 < marks.length; i += 2) found.push([marks[i]!, marks[i + 1]!]);
  return found;
}

export const quoteStyle: HouseStyleRule = {
  id: 'quote-style',
  scope: 'block',
  check(text, { options }) {
    const [houseOpen, houseClose] = HOUSE_MARKS[options.quoteStyle];
    const [otherOpen, otherClose] =
      HOUSE_MARKS[options.quoteStyle === 'guillemets' ? 'curly' : 'guillemets'];
    const flagged = [
      ...pairs(text, otherOpen, otherClose),
      ...straightPairs(text).filter(([open, close]) =>
        hasArabicLetter(text.slice(open + 1, close)),
      ),
    ];
    // A pair's fix converts the pairs nested in it too: fixing all must not leave them.
    const inner = (open: number, close: number) =>
      text
        .slice(open + 1, close)
        .replaceAll(otherOpen, houseOpen)
        .replaceAll(otherClose, houseClose);
    return flagged
      .map(([open, close]): Finding =>
        finding(this.id, open, close + 1, `${houseOpen}${inner(open, close)}${houseClose}`),
      )
      .sort((a, b) => a.start - b.start);
  },
};
