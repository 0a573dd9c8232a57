// The newsroom's preferred spellings: each variant, as a whole word (or words), harakat
// and tatweel aside, is flagged with the preferred form as its fix.
import { comparableWord, WORD } from '../characters.ts';
import { finding, type Finding, type HouseStyleOptions, type HouseStyleRule } from '../options.ts';

interface Variant {
  words: string[];
  preferred: string;
}

/** Variants by their first word, made once per word list (the options object). */
const prepared = new WeakMap<HouseStyleOptions['wordList'], Map<string, Variant[]>>();

function variantsByFirstWord(wordList: HouseStyleOptions['wordList']): Map<string, Variant[]> {
  let byFirst = prepared.get(wordList);
  if (byFirst) return byFirst;
  byFirst = new Map();
  for (const entry of wordList) {
    const preferred = [...entry.preferred.matchAll(WORD)]
      .map((match) => comparableWord(match[0]))
      .join(' ');
    for (const variant of entry.variants) {
      const words = [...variant.matchAll(WORD)].map((match) => comparableWord(match[0]));
      // A variant that is the preferred form, marks aside, would flag the right spelling.
      if (words.length === 0 || words.join(' ') === preferred) continue;
      const list = byFirst.get(words[0]!) ?? [];
      list.push({ words, preferred: entry.preferred });
      byFirst.set(words[0]!, list);
    }
  }
  prepared.set(wordList, byFirst);
  return byFirst;
}

export const wordList: HouseStyleRule = {
  id: 'word-list',
  scope: 'block',
  check(text, { options }) {
    if (options.wordList.length === 0) return [];
    const byFirst = variantsByFirstWord(options.wordList);
    const words = [...text.matchAll(WORD)].map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      key: comparableWord(match[0]),
    }));
    const findings: Finding[] = [];
    for (let i = 0; i < words.length; i += 1) {
      const variant = byFirst
        .get(words[i]!.key)
        ?.find((candidate) =>
          candidate.words.every(
            (key, k) =>
              words[i + k]?.key === key &&
              (k === 0 || /^\s+$/u.test(text.slice(words[i + k - 1]!.end, words[i + k]!.start))),
          ),
        );
      if (!variant) continue;
      const last = words[i + variant.words.length - 1]!;
      findings.push(finding(this.id, words[i]!.start, last.end, variant.preferred));
      i += variant.words.length - 1;
    }
    return findings;
  },
};
