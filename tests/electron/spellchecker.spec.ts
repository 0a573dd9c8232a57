// The spellchecker in a real Electron: told where dictionaries are (inside the app, never
// a server), set to the languages the platform has, and holding the newsroom's word list.
import { expect, test } from '@playwright/test';
import { useMidadApp } from './electron-app.ts';

test.describe('the spellchecker', () => {
  const midad = useMidadApp();

  test('checks in the languages the platform offers, Arabic first when it is there', async () => {
    const { available, chosen } = await midad().app.evaluate(({ session }) => ({
      available: session.defaultSession.availableSpellCheckerLanguages,
      chosen: session.defaultSession.getSpellCheckerLanguages(),
    }));
    if (process.platform === 'darwin') return;
    const arabic = available.find((language) => language === 'ar' || language.startsWith('ar-'));
    if (arabic) expect(chosen[0]).toBe(arabic);
    else expect(chosen.every((language) => language.startsWith('en'))).toBe(true);
  });

  test("puts the newsroom's preferred spellings in its custom dictionary", async () => {
    await midad().window.evaluate(async () => {
      const transport = (window as unknown as { midad: { settings: { set(patch: unknown): Promise<unknown> } } }).midad;
      await transport.settings.set({ houseStyle: { wordList: [{ preferred: 'أبوظبي', variants: ['ابو ظبي'] }] } });
    });
    await expect
      .poll(() => midad().app.evaluate(({ session }) => session.defaultSession.listWordsInSpellCheckerDictionary()))
      .toContain('أبوظبي');
  });
});
