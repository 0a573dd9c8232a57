// Chromium starts in the interface language the settings hold, so its views (the window's
// menu bar and context menus on Windows and Linux) and, on macOS, AppKit lay the native
// menus out right to left in Arabic and left to right in English.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { electronBinary, launchMidad, skipReason } from './electron-app.ts';

/** The settings file as electron-store keeps it (config.json in the data folder). */
const withLanguage = (language: 'ar' | 'en') => (dataDir: string) =>
  writeFileSync(path.join(dataDir, 'config.json'), JSON.stringify({ settings: { language } }));

async function startedIn(prepare?: (dataDir: string) => void) {
  const midad = await launchMidad(electronBinary!, prepare);
  try {
    const appLocale = await midad.app.evaluate(({ app }) => app.getLocale());
    const menusLanguage = await midad.window.evaluate(async () => {
      const info = await (
        window as unknown as {
          midad: { app: { getInfo(): Promise<{ menusLanguage: string | null }> } };
        }
      ).midad.app.getInfo();
      return info.menusLanguage;
    });
    return { appLocale, menusLanguage };
  } finally {
    await midad.close();
  }
}

test.describe("the native menus' locale", () => {
  test.skip(!electronBinary, skipReason);

  test('is Arabic when the settings say Arabic', async () => {
    expect(await startedIn(withLanguage('ar'))).toEqual({ appLocale: 'ar', menusLanguage: 'ar' });
  });

  test('is Arabic on a first start, with no settings yet', async () => {
    expect(await startedIn()).toEqual({ appLocale: 'ar', menusLanguage: 'ar' });
  });

  test('is English when the settings say English', async () => {
    expect(await startedIn(withLanguage('en'))).toEqual({
      appLocale: 'en-US',
      menusLanguage: 'en',
    });
  });
});
