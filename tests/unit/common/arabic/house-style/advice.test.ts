import { describe, expect, it } from 'vitest';
import { findingsOf, flagged, house } from './house-options.ts';

describe('unbalanced brackets and quotes', () => {
  it('points at a bracket or quote left without its partner, with no automatic fix', () => {
    expect(flagged('unbalanced-pairs', 'قال (الوزير إن')).toEqual(['(']);
    expect(flagged('unbalanced-pairs', 'قال الوزير) إن «الخطة')).toEqual([')', '«']);
    expect(flagged('unbalanced-pairs', 'قال "نعم')).toEqual(['"']);
    expect(findingsOf('unbalanced-pairs', 'قال (الوزير').map((finding) => finding.fix)).toEqual([
      null,
    ]);
  });

  it('finds nothing when every mark is closed, nested ones included', () => {
    expect(flagged('unbalanced-pairs', 'قال (الوزير [الأول]) إن «الخطة “جاهزة”» و"نعم"')).toEqual(
      [],
    );
  });

  it('points at an opener a closer of another kind skipped over', () => {
    expect(flagged('unbalanced-pairs', '(قال [الوزير)')).toEqual(['[']);
  });
});

describe('long sentence', () => {
  const words = (count: number) =>
    Array.from({ length: count }, (_, i) => (i % 2 ? 'كلمة' : 'وكتاب')).join(' ');

  it('points at a sentence longer than the house maximum, as advice without a fix', () => {
    const text = `${words(12)}. ${words(5)}؟`;
    const findings = findingsOf('long-sentence', text, house({ maxSentenceWords: 10 }));
    expect(findings.map((finding) => text.slice(finding.start, finding.end))).toEqual([
      `${words(12)}.`,
    ]);
    expect(findings[0]!.fix).toBeNull();
  });

  it('ends sentences at . ؟ ! ? and at the end of the block', () => {
    expect(
      flagged(
        'long-sentence',
        `${words(10)}؟ ${words(10)}! ${words(10)}`,
        house({ maxSentenceWords: 10 }),
      ),
    ).toEqual([]);
    expect(flagged('long-sentence', words(11), house({ maxSentenceWords: 10 }))).toEqual([
      words(11),
    ]);
  });

  it('counts words as the counter does: punctuation is not a word', () => {
    expect(
      flagged('long-sentence', `${words(10)} — ، «»`, house({ maxSentenceWords: 10 })),
    ).toEqual([]);
  });
});
