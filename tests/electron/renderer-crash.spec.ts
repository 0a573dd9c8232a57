// A renderer that crashes in the desktop app is loaded again by the main process, and the
// writer finds the draft as it was last saved; the support log says it happened.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { useMidadApp } from './electron-app.ts';

/** Every saved draft's text in the data folder: what the host holds, whatever the page does. */
function savedDrafts(dataDir: string): string {
  const folder = path.join(dataDir, 'drafts');
  if (!existsSync(folder)) return '';
  return readdirSync(folder)
    .map((id) => path.join(folder, id, 'draft.json'))
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}

test.describe('a renderer that crashes', () => {
  const midad = useMidadApp();

  test('is reloaded and the draft comes back', async () => {
    const { app, window, dataDir } = midad();
    const editor = window.getByTestId('editor');
    await expect(editor).toHaveAttribute('data-ready', 'true');
    await editor.click();
    await window.keyboard.insertText('شهود عيان يروون ما جرى');
    await expect
      .poll(() => savedDrafts(dataDir), { timeout: 10_000 })
      .toContain('شهود عيان يروون ما جرى');

    await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]?.webContents.forcefullyCrashRenderer(),
    );

    // Asked through the main process: Playwright's page object does not outlive its renderer.
    const editorText = () =>
      app.evaluate(async ({ BrowserWindow }) => {
        const contents = BrowserWindow.getAllWindows()[0]?.webContents;
        if (!contents || contents.isCrashed() || contents.isLoading()) return null;
        return (await contents.executeJavaScript(
          `document.querySelector('[data-testid="editor"][data-ready="true"]')?.textContent ?? null`,
        )) as string | null;
      });
    await expect.poll(editorText, { timeout: 20_000 }).toContain('شهود عيان يروون ما جرى');
    const log = readFileSync(path.join(dataDir, 'logs', 'midad.log'), 'utf8');
    expect(log).toContain('"event":"renderer.gone"');
    expect(log).toContain('"reloaded":true');
    expect(log).not.toContain('شهود');
  });
});
