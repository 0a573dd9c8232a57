// The one i18n layer: Arabic by default, English switchable at run time. Our own few lines
// instead of i18next, which cost about 35 ms of script at every start for features the UI
// does not use (plurals, namespaces, backends; docs/cold-start-findings.md). Switching also
// flips the document's lang and dir so the whole UI mirrors.
import type { Language } from '../../electron/contract.ts';
import { ar } from './ar.ts';
import { en } from './en.ts';
import { translate, type StringTree, type TranslateOptions } from './translate.ts';

const STRINGS: Record<Language, StringTree> = { ar, en };

export type Translate = (key: string, options?: TranslateOptions) => string;

let language: Language = 'ar';
const listeners = new Set<() => void>();

function translatorFor(wanted: Language): Translate {
  return (key, options) => translate(STRINGS[wanted], ar, key, options);
}

/** A new function per language, so hooks that depend on `t` run again after a switch. */
const translators: Record<Language, Translate> = { ar: translatorFor('ar'), en: translatorFor('en') };

/** The interface language and its strings, for code outside React components. */
export const i18n = {
  get language(): Language {
    return language;
  },
  get t(): Translate {
    return translators[language];
  },
  /** Calls `listener` after each change of language; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function applyLanguage(next: Language): void {
  if (language !== next) {
    language = next;
    for (const listener of listeners) listener();
  }
  document.documentElement.lang = next;
  document.documentElement.dir = next === 'ar' ? 'rtl' : 'ltr';
  document.title = i18n.t('app.name');
}
