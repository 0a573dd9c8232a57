// A word-level diff that reads right in Arabic: whole words with their clitics and harakat.
import { describe, expect, it } from 'vitest';
import { diffWords, tokenizeForDiff, type DiffPiece } from '../../../../common/arabic/word-diff.ts';

const side = (pieces: DiffPiece[], drop: 'insert' | 'delete') =>
  pieces
    .filter((piece) => piece.type !== drop)
    .map((piece) => piece.text)
    .join('');

describe('the Arabic word diff', () => {
  it('keeps clitics, harakat and Arabic-Indic numbers inside their word', () => {
    expect(tokenizeForDiff('والكتابُ ٢٠٢٤، وبالقلم')).toEqual([
      'والكتابُ',
      ' ',
      '٢٠٢٤',
      '،',
      ' ',
      'وبالقلم',
    ]);
  });

  it('marks an inserted word', () => {
    expect(diffWords('ذهب الولد إلى المدرسة', 'ذهب الولد مسرعاً إلى المدرسة')).toEqual([
      { type: 'equal', text: 'ذهب الولد ' },
      { type: 'insert', text: 'مسرعاً ' },
      { type: 'equal', text: 'إلى المدرسة' },
    ]);
  });

  it('shows a word whose clitic changed as that whole word replaced', () => {
    expect(diffWords('قرأ الكتاب', 'قرأ والكتاب')).toEqual([
      { type: 'equal', text: 'قرأ ' },
      { type: 'delete', text: 'الكتاب' },
      { type: 'insert', text: 'والكتاب' },
    ]);
  });

  it('sees added harakat as a change of that word only', () => {
    const pieces = diffWords('كتب الولد الدرس', 'كتب الولدُ الدرس');
    expect(pieces).toEqual([
      { type: 'equal', text: 'كتب ' },
      { type: 'delete', text: 'الولد' },
      { type: 'insert', text: 'الولدُ' },
      { type: 'equal', text: ' الدرس' },
    ]);
  });

  it('changes a number as one word', () => {
    expect(
      diffWords('في عام ٢٠٢٣ وقع', 'في عام ٢٠٢٤ وقع').filter((piece) => piece.type !== 'equal'),
    ).toEqual([
      { type: 'delete', text: '٢٠٢٣' },
      { type: 'insert', text: '٢٠٢٤' },
    ]);
  });

  it('gives back both texts exactly, for mixed Arabic and Latin', () => {
    const before = 'قال مدير CNN، في بيان: «لن نعلق».\n\nوأضاف أن ٣٫٥ مليون شاهدوا البث.';
    const after =
      'قال المدير التنفيذي لـ CNN في بيان رسمي: «لا تعليق».\n\nوأضاف أن ٤ ملايين شاهدوا البث مباشرة.';
    const pieces = diffWords(before, after);
    expect(side(pieces, 'insert')).toBe(before);
    expect(side(pieces, 'delete')).toBe(after);
  });

  it('handles empty texts', () => {
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('', 'نص')).toEqual([{ type: 'insert', text: 'نص' }]);
    expect(diffWords('نص', '')).toEqual([{ type: 'delete', text: 'نص' }]);
  });

  it('stays fast and exact on a long article with scattered edits', () => {
    const words = Array.from({ length: 20_000 }, (_, index) => `كلمة${index % 500}`);
    const edited = words.map((word, index) => (index % 1000 === 0 ? 'تعديل' : word));
    const started = performance.now();
    const pieces = diffWords(words.join(' '), edited.join(' '));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(pieces.filter((piece) => piece.type === 'insert')).toHaveLength(20);
    expect(side(pieces, 'delete')).toBe(edited.join(' '));
  });

  it('still gives both texts back when they have nothing in common', () => {
    const before = Array.from({ length: 3000 }, (_, index) => `أ${index}`).join(' ');
    const after = Array.from({ length: 3000 }, (_, index) => `ب${index}`).join(' ');
    const pieces = diffWords(before, after);
    expect(side(pieces, 'insert')).toBe(before);
    expect(side(pieces, 'delete')).toBe(after);
  });
});
