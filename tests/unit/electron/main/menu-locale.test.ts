// The locale the desktop app starts Chromium in follows the interface language the settings
// hold, the same on every platform; only who lays the menus out from it differs.
import { describe, expect, it } from 'vitest';
import { menuLocaleFor } from '../../../../electron/main/menu-locale.ts';
import {
  SettingsService,
  type KeyValueStore,
} from '../../../../electron/services/settings/settings-service.ts';

const PLATFORMS = ['darwin', 'win32', 'linux'] as const;

/** What main.ts does before 'ready': the settings file's language, then its locale. */
function localeAtStart(stored: unknown, platform: NodeJS.Platform) {
  const store: KeyValueStore = { get: () => stored, set: () => undefined };
  return menuLocaleFor(new SettingsService(store).get().language, platform);
}

describe('the locale Chromium starts in', () => {
  it.each(PLATFORMS)(
    'on %s is Arabic, read right to left, when the settings say Arabic',
    (platform) => {
      expect(localeAtStart({ language: 'ar' }, platform)).toMatchObject({
        lang: 'ar',
        direction: 'rtl',
      });
    },
  );

  it.each(PLATFORMS)(
    'on %s is US English, read left to right, when the settings say English',
    (platform) => {
      expect(localeAtStart({ language: 'en' }, platform)).toMatchObject({
        lang: 'en-US',
        direction: 'ltr',
      });
    },
  );

  it.each(PLATFORMS)(
    'on %s is Arabic on a first start, and when the stored language is not one Midad has',
    (platform) => {
      expect(localeAtStart(undefined, platform).lang).toBe('ar');
      expect(localeAtStart({ language: 'fr' }, platform).lang).toBe('ar');
      expect(localeAtStart('not settings', platform).lang).toBe('ar');
    },
  );

  it("is laid out by Chromium's views on Windows and Linux, and by AppKit on macOS", () => {
    for (const language of ['ar', 'en'] as const) {
      expect(menuLocaleFor(language, 'win32').layout).toBe('chromium-views');
      expect(menuLocaleFor(language, 'linux').layout).toBe('chromium-views');
      expect(menuLocaleFor(language, 'darwin').layout).toBe('appkit');
    }
  });
});
