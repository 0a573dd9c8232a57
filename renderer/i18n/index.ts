// The one i18n layer: Arabic by default, English switchable at run time. Our own few lines
// instead of i18next, which cost about 35 ms of script at every start for features the UI
// does not use (namespaces, backends; docs/cold-start-findings.md); plurals are the browser's
// own Intl.PluralRules (translate.ts). Switching also flips the document's lang and dir so
// the whole UI mirrors. Numbers in strings follow the house digits setting (applyDigits).
import { directionOf } from '../../common/settings/interface-direction.ts';
import type { Language } from '../../electron/contract/index.ts';
import { ar } from './ar.ts';
import { en } from './en.ts';
import type { Digits } from './format-integer.ts';
import type { PluralKey, TranslationKey } from './keys.ts';
import { hasString, translate, type StringTree, type TranslateOptions } from './translate.ts';

const STRINGS: Record<Language, StringTree> = { ar, en };

/** The keys of plain strings, which take no count. */
export type StringKey = Exclude<TranslationKey, PluralKey>;

export interface Translate {
  /** A counted phrase: `count` picks its plural form and fills {{count}}. */
  (key: PluralKey, options: TranslateOptions & { readonly count: number }): string;
  (key: StringKey, options?: TranslateOptions): string;
}

let language: Language = 'ar';
let digits: Digits = 'western';
const listeners = new Set<() => void>();

function translatorFor(wanted: Language, wantedDigits: Digits): Translate {
  const style = { language: wanted, digits: wantedDigits };
  return (key: string, options?: TranslateOptions) =>
    translate(STRINGS[wanted], ar, key, options, style);
}

/** A new function per language and digits, so hooks that depend on `t` run again after a switch. */
const translators: Record<`${Language}:${Digits}`, Translate> = {
  'ar:western': translatorFor('ar', 'western'),
  'ar:arabic-indic': translatorFor('ar', 'arabic-indic'),
  'en:western': translatorFor('en', 'western'),
  'en:arabic-indic': translatorFor('en', 'arabic-indic'),
};

/** The interface language and its strings, for code outside React components. */
export const i18n = {
  get language(): Language {
    return language;
  },
  /** The house digits numbers in the interface are written in. */
  get digits(): Digits {
    return digits;
  },
  /** The locale for Intl's number and date formats: the language, with the house digits. */
  get locale(): string {
    return `${language}-u-nu-${digits === 'arabic-indic' ? 'arab' : 'latn'}`;
  },
  get t(): Translate {
    return translators[`${language}:${digits}`];
  },
  /** Calls `listener` after each change of language; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/**
 * Whether a key built from outside data (a WordPress status, a rule id, an error code) has a
 * string: the check that lets such a key through t()'s type.
 */
export function isTranslationKey(key: string): key is StringKey {
  return hasString(ar, key);
}

/** Writes the interface's numbers in the house digits from now on. */
export function applyDigits(next: Digits): void {
  if (digits === next) return;
  digits = next;
  for (const listener of listeners) listener();
}

export function applyLanguage(next: Language): void {
  if (language !== next) {
    language = next;
    for (const listener of listeners) listener();
  }
  document.documentElement.lang = next;
  document.documentElement.dir = directionOf(next);
  document.title = i18n.t('app.name');
}
