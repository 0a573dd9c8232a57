// The settings a new install starts with, and what a damaged section of the settings file
// falls back to. Beside the contract but without zod, so the renderer can import it too.
import type { Settings } from './contract.ts';

export const DEFAULT_SETTINGS: Settings = {
  language: 'ar',
  editor: { wordsPerMinute: 140 },
  houseStyle: {
    quoteStyle: 'guillemets',
    digits: 'western',
    tanween: 'before-alef',
    disabledRules: [],
    maxSentenceWords: 40,
    wordList: [],
  },
  // About what a search result shows of a title (~60 characters) and a description (~155).
  limits: { headlineChars: 65, excerptChars: 155 },
};
