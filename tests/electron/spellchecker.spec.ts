// The spellchecker in a real Electron: set to what the platform really checks (the system's
// checker on macOS and Windows, nothing on Linux) and never given the newsroom's word list.
import { expect, test } from '@playwright/test';
import { useMidadApp } from './electron-app.ts';

test.describe('the spellchecker', () => {
  const midad = useMidadApp();

  test('checks only where the platform has a checker, and never in a language Electron would refuse', async () => {
    const { available, chosen, enabled } = await midad().app.evaluate(({ session }) => ({
      available: session.defaultSession.availableSpellCheckerLanguages,
      chosen: session.defaultSession.getSpellCheckerLanguages(),
      enabled: session.defaultSession.isSpellCheckerEnabled(),
    }));
    if (process.platform === 'linux') expect(enabled).toBe(false);
    if (process.platform === 'win32' && enabled)
      expect(chosen.every((language) => available.includes(language))).toBe(true);
  });

  test("keeps the newsroom's word list out of the spellchecker's dictionary", async () => {
    await midad().window.evaluate(async () => {
      const transport = (
        window as unknown as { midad: { settings: { set(patch: unknown): Promise<unknown> } } }
      ).midad;
      await transport.settings.set({
        houseStyle: { wordList: [{ preferred: 'أبوظبي', variants: ['ابو ظبي'] }] },
      });
    });
    const words = await midad().app.evaluate(({ session }) =>
      session.defaultSession.listWordsInSpellCheckerDictionary(),
    );
    expect(words).not.toContain('أبوظبي');
  });
});
