// The same word twice in a row ("في في"), in any script, harakat and tatweel aside. The
// fix removes the second one and the space before it.
import { comparableWord, WORD } from '../characters.ts';
import { finding, type Finding, type HouseStyleRule } from '../options.ts';

export const repeatedWord: HouseStyleRule = {
  id: 'repeated-word',
  scope: 'block',
  check(text) {
    const findings: Finding[] = [];
    let previous: { end: number; word: string } | null = null;
    for (const match of text.matchAll(WORD)) {
      const word = comparableWord(match[0]);
      const between = previous ? text.slice(previous.end, match.index) : '';
      if (
        previous &&
        previous.word === word &&
        /^[ \u00A0]+$/u.test(between) &&
        !/^\p{N}+$/u.test(word)
      ) {
        findings.push(finding(this.id, previous.end, match.index + match[0].length, ''));
      }
      previous = { end: match.index + match[0].length, word };
    }
    return findings;
  },
};
