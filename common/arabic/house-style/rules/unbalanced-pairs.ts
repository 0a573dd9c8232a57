// A bracket or quotation mark without its partner in the block. This one is advice: where
// the missing partner belongs cannot be known, so there is no automatic fix (fix: null)
// and the panel offers to jump to the mark instead.
import { finding, type Finding, type HouseStyleRule } from '../options.ts';

const CLOSING_OF: Record<string, string> = { '(': ')', '[': ']', '«': '»', '“': '”' };
const CLOSERS = new Set(Object.values(CLOSING_OF));
const MARKS = /[()[\]«»“”"]/gu;

export const unbalancedPairs: HouseStyleRule = {
  id: 'unbalanced-pairs',
  scope: 'block',
  check(text) {
    const findings: Finding[] = [];
    const open: number[] = [];
    const straight: number[] = [];
    for (const mark of text.matchAll(MARKS)) {
      const [char] = mark;
      const i = mark.index;
      if (char === '"') straight.push(i);
      else if (CLOSING_OF[char]) open.push(i);
      else if (CLOSERS.has(char)) {
        // The closer matches the nearest opener of its kind; openers skipped over are unclosed.
        const match = open.findLastIndex((index) => CLOSING_OF[text[index]!] === char);
        if (match === -1) findings.push(finding(this.id, i, i + 1, null));
        else
          for (const unclosed of open.splice(match).slice(1))
            findings.push(finding(this.id, unclosed, unclosed + 1, null));
      }
    }
    for (const index of open) findings.push(finding(this.id, index, index + 1, null));
    if (straight.length % 2 === 1)
      findings.push(finding(this.id, straight.at(-1)!, straight.at(-1)! + 1, null));
    return findings.sort((a, b) => a.start - b.start);
  },
};
