// The bounds of the numeric settings: the contract enforces them, the settings form explains them.
export const SETTINGS_RANGES = {
  wordsPerMinute: { min: 60, max: 600 },
  maxSentenceWords: { min: 10, max: 200 },
  headlineChars: { min: 10, max: 500 },
  excerptChars: { min: 20, max: 2000 },
  pictureLongSide: { min: 640, max: 8192 },
} as const;
