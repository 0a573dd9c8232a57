// A text with the search matches marked: the host says where (ranges in the text as
// written), and each range becomes a <mark>. Plain React text, never HTML.
import { splitByRanges, type TextRange } from './highlight-pieces.ts';

export function Highlighted({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  return (
    <>
      {splitByRanges(text, ranges).map((piece, index) =>
        piece.marked ? (
          <mark key={index}>{piece.text}</mark>
        ) : (
          <span key={index}>{piece.text}</span>
        ),
      )}
    </>
  );
}
