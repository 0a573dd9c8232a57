// How the window looks while Midad starts: an "opening" line only when the start is slow,
// and a first frame drawn entirely in the bundled fonts, the same on every machine.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startWebHostProcess } from '../support/web-host-process.ts';
import { expect, test } from './fixtures.ts';

test('a slow start shows the opening line in Arabic and English, and the article replaces it', async ({
  page,
}) => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'midad-e2e-'));
  const host = await startWebHostProcess(dataDir);
  try {
    // The app's chunk held back, as on a slow disk: only the page and its styles are in.
    let releaseApp = () => {};
    const appHeld = new Promise<void>((resolve) => (releaseApp = resolve));
    await page.route('**/assets/app-root-*.js', async (route) => {
      await appHeld;
      await route.continue();
    });
    await page.goto(host.openUrl);
    const opening = page.locator('#root > .loading');
    await expect(opening).toBeVisible();
    await expect(opening).toContainText('جارٍ فتح المقال');
    await expect(opening.locator('[lang="en"]')).toHaveText('Opening the article…');

    releaseApp();
    await expect(page.getByTestId('editor')).toHaveAttribute('data-ready', 'true');
    await expect(opening).toHaveCount(0);
  } finally {
    await host.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});

test('the first frame is drawn in the bundled fonts only, toolbar icons included', async ({
  app,
}) => {
  const { page } = app;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
    nodeId: root.nodeId,
    selector: 'body *',
  });
  const systemFonts = new Set<string>();
  let bundledGlyphs = 0;
  for (const nodeId of nodeIds) {
    // The fonts Chromium really drew this element's own text with.
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    for (const font of fonts) {
      if (font.isCustomFont) bundledGlyphs += font.glyphCount;
      else systemFonts.add(font.familyName);
    }
  }
  expect([...systemFonts]).toEqual([]);
  expect(bundledGlyphs).toBeGreaterThan(100);
});
