// Which two versions a comparison shows: two picked revisions, older before newer (their
// ids start with their time), or one picked revision against the draft as it is now.
export function comparedPair(
  selected: readonly string[],
): { before: string; after: string } | null {
  if (selected.length === 1) return { before: selected[0]!, after: 'current' };
  if (selected.length !== 2) return null;
  const [older, newer] = [...selected].sort();
  return { before: older!, after: newer! };
}
