import { describe, expect, it } from 'vitest';
import { applyFixes, minimalEdits } from '../../../../../common/arabic/house-style/apply-fix.ts';
import { finding } from '../../../../../common/arabic/house-style/options.ts';
import { findingsOf } from './house-options.ts';

describe('applying fixes', () => {
  it('applies several fixes of a block at once, each at its own place', () => {
    const text = 'قال, ثم سأل? هـذا';
    expect(
      applyFixes(text, [...findingsOf('latin-punctuation', text), ...findingsOf('tatweel', text)]),
    ).toBe('قال، ثم سأل؟ هذا');
  });

  it('skips advice and a fix that overlaps one already taken', () => {
    const text = 'abcdef';
    expect(
      applyFixes(text, [
        finding('r', 0, 3, 'X'),
        finding('r', 2, 4, 'Y'),
        finding('r', 4, 5, null),
      ]),
    ).toBe('Xdef');
  });

  it('edits only the two quotation marks of a pair, not the words between', () => {
    const text = 'قال “نعم” ثم';
    const [pair] = findingsOf('quote-style', text);
    expect(minimalEdits(text, pair!)).toEqual([
      { start: 8, end: 9, text: '»' },
      { start: 4, end: 5, text: '«' },
    ]);
  });

  it('edits only what differs when the fix changes the length', () => {
    const text = 'قال ، ثم';
    const [space] = findingsOf('space-before-punctuation', text);
    expect(minimalEdits(text, space!)).toEqual([{ start: 3, end: 4, text: '' }]);
  });
});
