// Two texts compared word by word, with how many words came in and went out: what the
// history shows for two local revisions, two of a site's revisions, or one of each. Pure.
import { countWords } from './word-count.ts';
import { diffWords, type DiffPiece } from './word-diff.ts';

export interface WordComparison {
  pieces: DiffPiece[];
  wordsInserted: number;
  wordsDeleted: number;
}

export function compareWords(before: string, after: string): WordComparison {
  const pieces = diffWords(before, after);
  const wordsIn = (type: 'insert' | 'delete') =>
    pieces
      .filter((piece) => piece.type === type)
      .reduce((sum, piece) => sum + countWords(piece.text), 0);
  return { pieces, wordsInserted: wordsIn('insert'), wordsDeleted: wordsIn('delete') };
}
