// How long review notes may be: the contract enforces these, the comments panel stops typing at them.
export const REVIEW_LIMITS = {
  nameChars: 100,
  quoteChars: 1_000,
  textChars: 5_000,
  replies: 500,
  threads: 2_000,
} as const;
