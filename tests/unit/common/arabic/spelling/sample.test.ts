// The spelling sample (tests/fixtures/spelling): real news Arabic with twenty planted
// misspellings, checked with the shipped Ayaspell dictionary. Recall and precision are
// printed and recorded in docs/spellcheck.md; the floors below catch a dictionary or
// normalisation change that makes either clearly worse.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HunspellChecker } from '../../../../../common/arabic/spelling/hunspell-checker.ts';
import { spellingWords } from '../../../../../common/arabic/spelling/words.ts';
import { fixture, loadShippedChecker } from './load-dictionaries.ts';

const PLANTED = /\{([^|}]+)\|([^}]+)\}/gu;

let checker: HunspellChecker;
beforeAll(async () => {
  checker = await loadShippedChecker();
}, 120_000);
afterAll(() => checker.dispose());

describe('the spelling sample', () => {
  it('flags the planted misspellings and little else', () => {
    const marked = fixture('news-sample.txt');
    const planted = [...marked.matchAll(PLANTED)].map((match) => ({
      wrong: match[1]!,
      right: match[2]!,
    }));
    const text = marked.replace(PLANTED, '$1');
    const words = spellingWords(text);
    const flagged = words.filter((word) => !checker.isCorrect(word.language, word.key));
    const wrong = new Set(planted.map((item) => item.wrong));
    const caught = flagged.filter((word) => wrong.has(word.text));
    const falseAlarms = flagged.filter((word) => !wrong.has(word.text)).map((word) => word.text);
    const recall = caught.length / planted.length;
    const precision = flagged.length === 0 ? 1 : caught.length / flagged.length;
    console.log(
      `spelling sample: ${words.length} words, ${planted.length} planted, ${flagged.length} flagged, ` +
        `recall ${recall.toFixed(2)}, precision ${precision.toFixed(2)}; ` +
        `missed: ${
          planted
            .filter((item) => !flagged.some((word) => word.text === item.wrong))
            .map((item) => item.wrong)
            .join(' ') || 'none'
        }; ` +
        `false alarms: ${falseAlarms.join(' ') || 'none'}`,
    );
    expect(planted).toHaveLength(20);
    expect(words.length).toBeGreaterThanOrEqual(200);
    // Each planted misspelling's correct form is in the dictionary: the sample tests the checker, not the text.
    for (const { right } of planted) expect(checker.isCorrect('ar', right), right).toBe(true);
    expect(recall).toBeGreaterThanOrEqual(0.8);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  }, 60_000);

  it('accepts a vocalised or stretched correct word, and suggests the right form', () => {
    for (const written of ['الحُكُومَةُ', 'الحكـــومة', 'أعلَنَت', 'شكرًا'])
      for (const word of spellingWords(written))
        expect(checker.isCorrect(word.language, word.key), written).toBe(true);
    expect(checker.suggest('ar', 'الحكومه')).toContain('الحكومة');
    expect(checker.suggest('en', 'goverment')).toContain('government');
    expect(checker.isCorrect('en', 'The')).toBe(true);
    expect(checker.isCorrect('en', "don't")).toBe(true);
  }, 60_000);
});
