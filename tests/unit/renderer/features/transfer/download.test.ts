import { describe, expect, it } from 'vitest';
import { fileNameFor } from '../../../../../renderer/features/transfer/download.ts';

describe('export file names', () => {
  it('are the Arabic headline itself, with the extension', () => {
    expect(fileNameFor('تقرير للتسليم', 'abcdefgh', 'midad')).toBe('تقرير للتسليم.midad');
  });

  it('lose the characters file systems refuse and invisible direction marks', () => {
    expect(fileNameFor('سؤال: من/أين؟ \u200f"نعم"\n', 'abcdefgh', 'html')).toBe(
      'سؤال من أين؟ نعم.html',
    );
  });

  it('fall back to the draft id when there is no headline', () => {
    expect(fileNameFor('  ', 'abcdefgh', 'midad')).toBe('abcdefgh.midad');
  });
});
