// Which way the interface reads in each of its languages, and what that means for the desktop
// app's native menus: their direction is fixed when the app starts (Chromium's locale,
// electron/main/menu-locale.ts), so a language switched to afterwards reaches them only at
// the next start, while the page itself turns at once.

/** An interface language; the contract's Language (electron/contract/settings.ts) is the same. */
export type InterfaceLanguage = 'ar' | 'en';
export type TextDirection = 'rtl' | 'ltr';

export function directionOf(language: InterfaceLanguage): TextDirection {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/**
 * The direction the native menus will take at the next start, when it differs from the one
 * they were laid out in at this start (`menusLanguage`); null when nothing will change, or
 * when there are no native menus (browser mode, whose `menusLanguage` is null).
 */
export function menuDirectionAtNextStart(
  menusLanguage: InterfaceLanguage | null,
  language: InterfaceLanguage,
): TextDirection | null {
  if (menusLanguage === null) return null;
  const next = directionOf(language);
  return next === directionOf(menusLanguage) ? null : next;
}
