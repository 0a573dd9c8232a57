// Every house-style rule, in the order the panel lists them. An id is stable: settings
// (disabledRules) and i18n keys (houseStyle.rule.<id>) refer to it.
import type { HouseStyleRule } from '../options.ts';
import { arabicPercent } from './arabic-percent.ts';
import { doubledPunctuation } from './doubled-punctuation.ts';
import { latinPunctuation } from './latin-punctuation.ts';
import { longSentence } from './long-sentence.ts';
import { mixedDigits } from './mixed-digits.ts';
import { persianDigits } from './persian-digits.ts';
import { quoteStyle } from './quote-style.ts';
import { repeatedSpaces } from './repeated-spaces.ts';
import { repeatedWord } from './repeated-word.ts';
import { spaceAfterPunctuation } from './space-after-punctuation.ts';
import { spaceBeforePunctuation } from './space-before-punctuation.ts';
import { spaceInsideBrackets } from './space-inside-brackets.ts';
import { tanween } from './tanween.ts';
import { tatweel } from './tatweel.ts';
import { unbalancedPairs } from './unbalanced-pairs.ts';
import { wordList } from './word-list.ts';

export const HOUSE_STYLE_RULES: readonly HouseStyleRule[] = [
  latinPunctuation,
  spaceBeforePunctuation,
  spaceAfterPunctuation,
  spaceInsideBrackets,
  repeatedSpaces,
  doubledPunctuation,
  tatweel,
  mixedDigits,
  persianDigits,
  arabicPercent,
  quoteStyle,
  tanween,
  repeatedWord,
  unbalancedPairs,
  longSentence,
  wordList,
];

export const HOUSE_STYLE_RULE_IDS: readonly string[] = HOUSE_STYLE_RULES.map((rule) => rule.id);
