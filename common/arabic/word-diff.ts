// A word-level diff that is correct for Arabic: words come from Intl.Segmenter, so a
// word keeps its clitics (والكتاب), harakat and tatweel, and ٢٠٢٤ stays whole; spaces
// and punctuation are tokens of their own, so joining the pieces gives the texts back.
// Myers' O((N+M)·D) algorithm over the tokens. Pure: no platform.

export type DiffPiece = { type: 'equal' | 'insert' | 'delete'; text: string };

// Made on first use: constructing a segmenter loads ICU's break rules.
let wordSegmenter: Intl.Segmenter | undefined;

/** Beyond this many edits a character-exact diff costs too much memory; see diffTokens. */
const MAX_EDIT_DISTANCE = 2000;

export function tokenizeForDiff(text: string): string[] {
  wordSegmenter ??= new Intl.Segmenter('ar', { granularity: 'word' });
  return Array.from(wordSegmenter.segment(text), (segment) => segment.segment);
}

export function diffWords(before: string, after: string): DiffPiece[] {
  return diffTokens(tokenizeForDiff(before), tokenizeForDiff(after));
}

export function diffTokens(before: readonly string[], after: readonly string[]): DiffPiece[] {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix])
    prefix += 1;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) {
    suffix += 1;
  }
  const pieces: DiffPiece[] = [];
  const push = (type: DiffPiece['type'], text: string) => {
    if (text.length === 0) return;
    const last = pieces.at(-1);
    if (last?.type === type) last.text += text;
    else pieces.push({ type, text });
  };

  push('equal', before.slice(0, prefix).join(''));
  const middleBefore = before.slice(prefix, before.length - suffix);
  const middleAfter = after.slice(prefix, after.length - suffix);
  const edits = myersEdits(toIds(middleBefore, middleAfter), MAX_EDIT_DISTANCE);
  if (edits === null) {
    // Texts too different for an exact diff: show the changed middle as replaced.
    push('delete', middleBefore.join(''));
    push('insert', middleAfter.join(''));
  } else {
    for (const edit of edits) {
      push(edit.type, edit.type === 'insert' ? middleAfter[edit.index] : middleBefore[edit.index]);
    }
  }
  push('equal', before.slice(before.length - suffix).join(''));
  return orderDeletesFirst(pieces);
}

type Edit = { type: DiffPiece['type']; index: number };

function toIds(a: readonly string[], b: readonly string[]): [Int32Array, Int32Array] {
  const ids = new Map<string, number>();
  const idOf = (token: string) => {
    let id = ids.get(token);
    if (id === undefined) {
      id = ids.size;
      ids.set(token, id);
    }
    return id;
  };
  return [Int32Array.from(a, idOf), Int32Array.from(b, idOf)];
}

/** Shortest edit script from a to b, in order; `index` is into a (equal, delete) or b (insert). */
function myersEdits([a, b]: [Int32Array, Int32Array], maxDistance: number): Edit[] | null {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  if (max === 0) return [];
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] holds v for k in [-d-1, d+1] as it stood before round d.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d += 1) {
    if (d > maxDistance) return null;
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])
          ? v[offset + k + 1]
          : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, d, n, m);
    }
  }
  return null;
}

function backtrack(trace: Int32Array[], distance: number, n: number, m: number): Edit[] {
  const edits: Edit[] = [];
  let x = n;
  let y = m;
  for (let d = distance; d > 0; d -= 1) {
    const before = trace[d];
    const at = (k: number) => before[k + d + 1];
    const k = x - y;
    const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      x -= 1;
      y -= 1;
      edits.push({ type: 'equal', index: x });
    }
    if (x === previousX) edits.push({ type: 'insert', index: previousY });
    else edits.push({ type: 'delete', index: previousX });
    x = previousX;
    y = previousY;
  }
  while (x > 0 && y > 0) {
    x -= 1;
    y -= 1;
    edits.push({ type: 'equal', index: x });
  }
  return edits.reverse();
}

/** Within each run of changes, the deletion reads before the insertion that replaces it. */
function orderDeletesFirst(pieces: DiffPiece[]): DiffPiece[] {
  const ordered: DiffPiece[] = [];
  for (let i = 0; i < pieces.length; i += 1) {
    const piece = pieces[i];
    const next = pieces[i + 1];
    if (piece.type === 'insert' && next?.type === 'delete') {
      ordered.push(next, piece);
      i += 1;
    } else {
      ordered.push(piece);
    }
  }
  return ordered;
}
