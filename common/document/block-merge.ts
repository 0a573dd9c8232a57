// A three-way merge of an article by top-level block (paragraph, heading, list, image):
// base is the version both sides last shared, ours the local copy, theirs the site's. Where
// only one side changed a run of blocks, that side's blocks are taken; where both changed
// the same run differently, the merge stops and the user chooses. Pure and generic: the
// caller says when two blocks are the same (their JSON, or their published text).

export type BlockMerge<T> = { ok: true; blocks: T[] } | { ok: false; conflicts: number };

/** Pairs of indices (a, b) of equal keys in order: the longest common subsequence. */
function commonPairs(a: readonly string[], b: readonly string[]): [number, number][] {
  const lengths = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] =
        a[i] === b[j]
          ? lengths[i + 1]![j + 1]! + 1
          : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

const sameRun = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((key, index) => key === b[index]);

export function mergeBlocks<T>(
  base: readonly T[],
  ours: readonly T[],
  theirs: readonly T[],
  keyOf: (block: T) => string,
): BlockMerge<T> {
  const [baseKeys, ourKeys, theirKeys] = [base.map(keyOf), ours.map(keyOf), theirs.map(keyOf)];
  const inOurs = new Map(commonPairs(baseKeys, ourKeys));
  const inTheirs = new Map(commonPairs(baseKeys, theirKeys));
  // Blocks of the base that both sides kept where they were: the merge's fixed points.
  const anchors = baseKeys.flatMap((_, index) =>
    inOurs.has(index) && inTheirs.has(index)
      ? [[index, inOurs.get(index)!, inTheirs.get(index)!] as const]
      : [],
  );
  const blocks: T[] = [];
  let conflicts = 0;
  let [b, o, t] = [0, 0, 0];
  for (const [nextB, nextO, nextT] of [
    ...anchors,
    [base.length, ours.length, theirs.length] as const,
  ]) {
    const runBase = baseKeys.slice(b, nextB);
    const runOurs = ourKeys.slice(o, nextO);
    const runTheirs = theirKeys.slice(t, nextT);
    if (sameRun(runOurs, runBase)) blocks.push(...theirs.slice(t, nextT));
    else if (sameRun(runTheirs, runBase) || sameRun(runOurs, runTheirs))
      blocks.push(...ours.slice(o, nextO));
    else if (runOurs.length === runBase.length && runTheirs.length === runBase.length) {
      // Both sides edited paragraphs in place, side by side: merged paragraph by paragraph.
      runBase.forEach((baseKey, index) => {
        if (runOurs[index] === baseKey) blocks.push(theirs[t + index]!);
        else if (runTheirs[index] === baseKey || runTheirs[index] === runOurs[index])
          blocks.push(ours[o + index]!);
        else conflicts++;
      });
    } else conflicts++;
    if (nextB < base.length) blocks.push(ours[nextO]!);
    [b, o, t] = [nextB + 1, nextO + 1, nextT + 1];
  }
  return conflicts === 0 ? { ok: true, blocks } : { ok: false, conflicts };
}

/** One field both sides may have changed (a headline): the changed side wins, or null when both changed it differently. */
export function mergeValue<T>(
  base: T,
  ours: T,
  theirs: T,
  keyOf: (value: T) => string = (value) => JSON.stringify(value),
): { value: T } | null {
  const [baseKey, ourKey, theirKey] = [keyOf(base), keyOf(ours), keyOf(theirs)];
  if (ourKey === baseKey || ourKey === theirKey) return { value: theirs };
  if (theirKey === baseKey) return { value: ours };
  return null;
}
