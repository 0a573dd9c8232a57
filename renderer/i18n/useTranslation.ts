// The interface strings in a component: `t` for the current language, and `i18n` for its
// code (number and date formats). Re-renders the component when the language changes.
import { useSyncExternalStore } from 'react';
import { i18n, type Translate } from './index.ts';

export function useTranslation(): { t: Translate; i18n: typeof i18n } {
  const t = useSyncExternalStore(i18n.subscribe, () => i18n.t);
  return { t, i18n };
}
