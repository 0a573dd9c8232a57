// The locale Chromium starts in for the interface language the settings hold, and so which
// way the native menus read. Electron reads Chromium's --lang switch once, as it loads
// Chromium's resources after the main script has run and before 'ready', and cannot change
// it later: main.ts appends it at startup, and a language chosen while the app runs reaches
// the menus' direction at the next start (the language switch says so).
import { directionOf, type TextDirection } from '../../common/settings/interface-direction.ts';
import type { Language } from '../contract/index.ts';

/**
 * Chromium's locale for each interface language: the names of the packs Electron ships in
 * its locales folder (ar.pak, en-US.pak). A name without a pack falls back to en-US.
 */
const CHROMIUM_LOCALES = { ar: 'ar', en: 'en-US' } as const satisfies Record<Language, string>;

export type ChromiumLocale = (typeof CHROMIUM_LOCALES)[Language];

/**
 * Who lays the menus out in the locale's direction. On Windows and Linux, Chromium's own
 * views: the window's menu bar and the context menus mirror when the locale reads right to
 * left. On macOS, AppKit: Electron writes the text-direction defaults of the locale into the
 * app's own preferences (AppleTextDirection, NSForceRightToLeftWritingDirection), which AppKit
 * reads for the app's menus and windows; the menu bar's place on the screen stays macOS's.
 */
export type MenuLayout = 'chromium-views' | 'appkit';

export interface MenuLocale {
  /** The value of Chromium's --lang switch. */
  lang: ChromiumLocale;
  direction: TextDirection;
  layout: MenuLayout;
}

export function menuLocaleFor(language: Language, platform: NodeJS.Platform): MenuLocale {
  return {
    lang: CHROMIUM_LOCALES[language],
    direction: directionOf(language),
    layout: platform === 'darwin' ? 'appkit' : 'chromium-views',
  };
}
