// Which revisions to keep as a draft's history grows: everything recent, thinner with
// age, and never more than a cap. Pure, so the policy is tested with plain numbers.

export interface RetentionPolicy {
  /** Every revision younger than this is kept. */
  keepAllForMs: number;
  /** Up to this age, the newest revision of each hour is kept; after it, of each day. */
  keepHourlyForMs: number;
  /** The newest `maxRevisions` of those survive. */
  maxRevisions: number;
}

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

export const DEFAULT_RETENTION: RetentionPolicy = {
  keepAllForMs: DAY,
  keepHourlyForMs: 7 * DAY,
  maxRevisions: 200,
};

export interface DatedRevision {
  id: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
}

/** The ids to delete; the newest revision is always kept. */
export function revisionsToPrune(
  revisions: readonly DatedRevision[],
  now: number,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): string[] {
  const newestFirst = [...revisions].sort((a, b) => b.createdAt - a.createdAt);
  const seenBuckets = new Set<string>();
  const kept: string[] = [];
  const pruned: string[] = [];
  for (const revision of newestFirst) {
    const age = now - revision.createdAt;
    let keep: boolean;
    if (age < policy.keepAllForMs) {
      keep = true;
    } else {
      const bucket =
        age < policy.keepHourlyForMs
          ? `h${Math.floor(revision.createdAt / HOUR)}`
          : `d${Math.floor(revision.createdAt / DAY)}`;
      keep = !seenBuckets.has(bucket);
      seenBuckets.add(bucket);
    }
    if (keep && kept.length < Math.max(1, policy.maxRevisions)) kept.push(revision.id);
    else pruned.push(revision.id);
  }
  return pruned;
}
