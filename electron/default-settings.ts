// The settings a new install starts with, what a damaged section of the settings file falls
// back to, and how a change applies to them. Beside the contract but without zod, so the
// renderer (which shows a change at once) and the host (which keeps it) apply it alike.
import { DEFAULT_ROLE_MAPPING } from '../common/newsroom/roles.ts';
import type { Settings, SettingsPatch } from './contract/index.ts';

export const DEFAULT_SETTINGS: Settings = {
  language: 'ar',
  appearance: 'system',
  editor: { wordsPerMinute: 140, spelling: true },
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
  // A copy editor who forgets to turn suggesting on would make edits nobody sees: on by default.
  newsroom: { roleMapping: DEFAULT_ROLE_MAPPING, reviewerName: '', suggestOnOthersStories: true },
  // WordPress scales anything larger than 2,560 px itself ("big image" threshold): nothing is lost on the site.
  pictures: { maxLongSide: 2560, keepCredit: false },
};

/** `current` with `patch` applied, section by section: what a patch leaves out stays as it was. */
export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  return {
    ...current,
    ...(patch.language ? { language: patch.language } : {}),
    ...(patch.appearance ? { appearance: patch.appearance } : {}),
    editor: { ...current.editor, ...patch.editor },
    houseStyle: { ...current.houseStyle, ...patch.houseStyle },
    limits: { ...current.limits, ...patch.limits },
    newsroom: { ...current.newsroom, ...patch.newsroom },
    pictures: { ...current.pictures, ...patch.pictures },
  };
}
