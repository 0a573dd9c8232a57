// Where tanween fath goes beside a final alef (a setting): on the letter before it (شكرًا)
// or on the alef (شكراً); 'either' turns the rule off. The fix moves the mark, keeping any
// shadda where it was (جدًّا ↔ جدّاً).
import { finding, type HouseStyleRule } from '../options.ts';

const FATHATAN = '\u064B';
const SHADDA = '\u0651';
// The word ends after the alef: no Arabic letter, mark or tatweel follows.
const WORD_END = '(?![\\u0620-\\u064A\\u064B-\\u065F\\u0670\\u0671-\\u06D3])';
// شكراً: alef then fathatan (shadda, if any, already on the letter before).
const ON_ALEF = new RegExp(`(?<=[\\u0620-\\u063F\\u0641-\\u064A]${SHADDA}?)ا${FATHATAN}${WORD_END}`, 'gu');
// شكرًا: fathatan (maybe with shadda after it) then alef.
const BEFORE_ALEF = new RegExp(`(?<=[\\u0620-\\u063F\\u0641-\\u064A]${SHADDA}?)${FATHATAN}(${SHADDA}?)ا${WORD_END}`, 'gu');

export const tanween: HouseStyleRule = {
  id: 'tanween',
  scope: 'block',
  check(text, { options }) {
    if (options.tanween === 'either') return [];
    if (options.tanween === 'before-alef') {
      return [...text.matchAll(ON_ALEF)].map((match) => finding(this.id, match.index, match.index + 2, `${FATHATAN}ا`));
    }
    return [...text.matchAll(BEFORE_ALEF)].map((match) =>
      finding(this.id, match.index, match.index + match[0].length, `${match[1]}ا${FATHATAN}`),
    );
  },
};
