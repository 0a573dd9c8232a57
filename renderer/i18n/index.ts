// The one i18n layer (i18next): Arabic by default, English switchable at run time.
// Switching also flips the document's lang and dir so the whole UI mirrors.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../electron/contract.ts';
import { ar } from './ar.ts';
import { en } from './en.ts';

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: 'ar',
  fallbackLng: 'ar',
  resources: { ar: { translation: ar }, en: { translation: en } },
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function applyLanguage(language: Language): void {
  // Changing to the language in use still re-renders every translated component.
  if (i18n.language !== language) void i18n.changeLanguage(language);
  document.documentElement.lang = language;
  document.documentElement.dir = language === 'ar' ? 'rtl' : 'ltr';
  document.title = i18n.t('app.name');
}
