// Applying fixes to a block's text, and the smallest edits a fix amounts to, so that the
// editor replaces only the characters that change and keeps the formatting around them.
import type { Finding } from './options.ts';

export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function applyFix(text: string, finding: Finding): string {
  if (finding.fix === null) return text;
  return text.slice(0, finding.start) + finding.fix + text.slice(finding.end);
}

/**
 * Findings of one block that can be fixed together: those with a fix, none overlapping an
 * earlier one, last first so each keeps its offsets while the others are applied.
 */
export function fixesLastFirst(findings: readonly Finding[]): Finding[] {
  const chosen: Finding[] = [];
  let reached = -1;
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    if (finding.fix === null || finding.start < reached) continue;
    chosen.push(finding);
    reached = finding.end;
  }
  return chosen.reverse();
}

export function applyFixes(text: string, findings: readonly Finding[]): string {
  return fixesLastFirst(findings).reduce(applyFix, text);
}

/**
 * The fix as edits of only what differs: common ends are dropped, and a replacement of the
 * same length (a pair of quotation marks) becomes one edit per changed run. Last first.
 */
export function minimalEdits(text: string, finding: Finding): TextEdit[] {
  if (finding.fix === null) return [];
  const before = text.slice(finding.start, finding.end);
  const after = finding.fix;
  if (before.length === after.length) {
    const edits: TextEdit[] = [];
    for (let i = 0; i < before.length;) {
      if (before[i] === after[i]) {
        i += 1;
        continue;
      }
      let j = i;
      while (j < before.length && before[j] !== after[j]) j += 1;
      edits.push({ start: finding.start + i, end: finding.start + j, text: after.slice(i, j) });
      i = j;
    }
    return edits.reverse();
  }
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head += 1;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    before.at(-1 - tail) === after.at(-1 - tail)
  )
    tail += 1;
  return [
    {
      start: finding.start + head,
      end: finding.end - tail,
      text: after.slice(head, after.length - tail),
    },
  ];
}
