import { describe, expect, it } from 'vitest';
import { splitByRanges } from '../../../../../renderer/features/library/highlight-pieces.ts';

describe('search highlights', () => {
  it('marks exactly the matched words, and the pieces join back into the text', () => {
    const text = 'زار أحمد مدرسة البلدة';
    const pieces = splitByRanges(text, [
      { start: 9, end: 14 },
      { start: 4, end: 8 },
    ]);
    expect(pieces).toEqual([
      { text: 'زار ', marked: false },
      { text: 'أحمد', marked: true },
      { text: ' ', marked: false },
      { text: 'مدرسة', marked: true },
      { text: ' البلدة', marked: false },
    ]);
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
  });

  it('clips overlapping and out-of-range ranges instead of repeating or inventing text', () => {
    const pieces = splitByRanges('أحمد', [
      { start: 0, end: 3 },
      { start: 2, end: 40 },
    ]);
    expect(pieces.map((piece) => piece.text).join('')).toBe('أحمد');
    expect(pieces.every((piece) => piece.marked)).toBe(true);
  });
});
