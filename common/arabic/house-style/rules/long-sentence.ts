// A sentence longer than the house maximum (in words, counted as the counter counts them).
// Advice: how to split a sentence is the writer's call, so there is no automatic fix
// (fix: null); the panel offers to jump to it.
import { countWords } from '../../word-count.ts';
import { finding, type HouseStyleRule } from '../options.ts';

// A sentence runs to . ؟ ! ? (with any marks after it) or to the end of the block.
const SENTENCE = /[^.؟!?]+[.؟!?]*/gu;

export const longSentence: HouseStyleRule = {
  id: 'long-sentence',
  scope: 'block',
  check(text, { options }) {
    const findings = [];
    for (const match of text.matchAll(SENTENCE)) {
      const sentence = match[0];
      // A word and its separator take two characters at least, and splitting at spaces and
      // punctuation never finds fewer words than the segmenter: most sentences are short,
      // and these two bounds skip the segmenter for them.
      if (sentence.length <= options.maxSentenceWords * 2) continue;
      if (sentence.split(/[\s\p{P}\p{S}]+/u).length <= options.maxSentenceWords) continue;
      if (countWords(sentence) <= options.maxSentenceWords) continue;
      const start = match.index + (sentence.length - sentence.trimStart().length);
      findings.push(finding(this.id, start, match.index + sentence.trimEnd().length, null));
    }
    return findings;
  },
};
