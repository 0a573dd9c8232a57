// The desktop app's window as the system hands it things: a window restored maximized
// appears only once its page is drawn, and a .midad opened from the system (macOS's
// open-file) lands in a window, even when the app runs with its window closed.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DraftLibrary } from '../../electron/services/drafts/draft-library.ts';
import { electronBinary, launchMidad, skipReason } from './electron-app.ts';

async function exportedDraft(headline: string): Promise<string> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'midad-sender-'));
  const library = await DraftLibrary.open({ dataDir: folder });
  const draft = await library.create();
  await library.save(draft.id, { meta: { ...draft.meta, headline }, body: draft.body });
  const file = path.join(folder, 'خبر.midad');
  writeFileSync(file, await library.exportDraft(draft.id));
  await library.close();
  return file;
}

test.describe('the desktop window', () => {
  test.skip(!electronBinary, skipReason);

  test('comes back maximized, shown once its page is drawn', async () => {
    const midad = await launchMidad(electronBinary!, (dataDir) =>
      writeFileSync(
        path.join(dataDir, 'window-state.json'),
        JSON.stringify({
          window: { bounds: { x: 40, y: 40, width: 900, height: 700 }, isMaximized: true },
        }),
      ),
    );
    try {
      await expect(midad.window.getByTestId('editor')).toHaveAttribute('data-ready', 'true');
      const state = await midad.app.evaluate(({ BrowserWindow }) => {
        const window = BrowserWindow.getAllWindows()[0];
        return { visible: window?.isVisible(), maximized: window?.isMaximized() };
      });
      expect(state).toEqual({ visible: true, maximized: true });
    } finally {
      await midad.close();
    }
  });

  test('opens a .midad the system hands over on that draft', async () => {
    const file = await exportedDraft('خبر وصل من زميل');
    const midad = await launchMidad(electronBinary!);
    try {
      await expect(midad.window.getByTestId('editor')).toHaveAttribute('data-ready', 'true');
      // What macOS does on a double-click in Finder; elsewhere the same handler serves the command line.
      await midad.app.evaluate(
        ({ app }, filePath) => app.emit('open-file', { preventDefault: () => undefined }, filePath),
        file,
      );
      await expect(midad.window.getByTestId('meta-headline')).toHaveValue('خبر وصل من زميل');
    } finally {
      await midad.close();
    }
  });

  test('opens a window on a .midad handed over after the window was closed (macOS)', async () => {
    test.skip(
      process.platform !== 'darwin',
      'Only macOS keeps the app running with no window (window-all-closed quits elsewhere).',
    );
    const file = await exportedDraft('خبر بعد إغلاق النافذة');
    const midad = await launchMidad(electronBinary!);
    try {
      await expect(midad.window.getByTestId('editor')).toHaveAttribute('data-ready', 'true');
      const reopened = midad.app.waitForEvent('window');
      await midad.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
      await midad.app.evaluate(
        ({ app }, filePath) => app.emit('open-file', { preventDefault: () => undefined }, filePath),
        file,
      );
      await expect((await reopened).getByTestId('meta-headline')).toHaveValue(
        'خبر بعد إغلاق النافذة',
      );
    } finally {
      await midad.close();
    }
  });
});
