// Who underlines misspellings in the text, so a word is never underlined twice: the
// operating system's checker where it knows Arabic (macOS), Midad's own (Hunspell in a
// worker) everywhere else, with the text's native `spellcheck` off while Midad's is on.
import type { SpellingLanguage } from './words.ts';

export interface SpellingPlanInput {
  /** Settings → Spelling: off means no underlines from anyone. */
  enabled: boolean;
  /** app.getInfo().spellChecking: electron/main/spellchecker-plan.ts in the desktop app. */
  checker: 'system' | 'none' | 'browser';
  /** The system checker's languages; empty when the system picks them itself (macOS). */
  languages: readonly string[];
}

export interface SpellingPlan {
  /** The article's `spellcheck` attribute: the browser's or system's checker underlines. */
  native: boolean;
  /** The languages Midad's own checker underlines. */
  own: SpellingLanguage[];
}

const OWN_LANGUAGES: readonly SpellingLanguage[] = ['ar', 'en'];

/** Whether the system's checker underlines `language` here. */
function systemKnows({ checker, languages }: SpellingPlanInput, language: string): boolean {
  if (checker !== 'system') return false;
  // macOS: the system picks among the user's languages, Arabic included (docs/spellcheck.md).
  if (languages.length === 0) return true;
  return languages.some((code) => code.toLowerCase().split('-')[0] === language);
}

export function planSpelling(input: SpellingPlanInput): SpellingPlan {
  if (!input.enabled) return { native: false, own: [] };
  // The system's checker stays only where it checks Arabic, the article's language; it then also
  // checks whichever of the others it knows, and Midad's checker takes the rest.
  if (systemKnows(input, 'ar'))
    return { native: true, own: OWN_LANGUAGES.filter((language) => !systemKnows(input, language)) };
  // Elsewhere one checker does all, so the browser's (no Arabic) is switched off.
  return { native: false, own: [...OWN_LANGUAGES] };
}
