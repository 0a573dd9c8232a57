// Where tanween fath goes beside a final alef (a setting): on the letter before it (شكرًا)
// or on the alef (شكراً); 'either' turns the rule off. The fix moves the mark, keeping any
// shadda where it was (جدًّا ↔ جدّاً).
import { finding, type HouseStyleRule } from '../options.ts';

const FATHATAN = '\u064B';
// The word ends after the alef: no letter (tatweel is one) or mark follows.
const WORD_END = '(?![\\p{L}\\p{M}])';
const LETTER = '[\\u0620-\\u063F\\u0641-\\u064A]';
// شكراً: alef then fathatan (shadda, if any, already on the letter before).
const ON_ALEF = new RegExp(`(?<=${LETTER}\\u0651?)\\u0627\\u064B${WORD_END}`, 'gu');
// شكرًا: fathatan (maybe with shadda after it) then alef.
const BEFORE_ALEF = new RegExp(`(?<=${LETTER}\\u0651?)\\u064B(\\u0651?)\\u0627${WORD_END}`, 'gu');

export const tanween: HouseStyleRule = {
  id: 'tanween',
  scope: 'block',
  check(text, { options }) {
    if (options.tanween === 'either') return [];
    if (options.tanween === 'before-alef') {
      return [...text.matchAll(ON_ALEF)].map((match) =>
        finding(this.id, match.index, match.index + 2, `${FATHATAN}ا`),
      );
    }
    return [...text.matchAll(BEFORE_ALEF)].map((match) =>
      finding(this.id, match.index, match.index + match[0].length, `${match[1]}ا${FATHATAN}`),
    );
  },
};
