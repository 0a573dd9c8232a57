// Who makes a suggestion, and the clock and ids it is stamped with: passed in, so the
// editing functions are deterministic under test.
export interface Suggester {
  /** The reviewer's display name, as the panel shows it. */
  author: string;
  /** The current time, ISO 8601. */
  now: () => string;
  newId: () => string;
}

export function suggesterNamed(author: string): Suggester {
  return { author, now: () => new Date().toISOString(), newId: () => crypto.randomUUID() };
}
