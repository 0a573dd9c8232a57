import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  createWindowOptions,
  MIN_WINDOW_SIZE,
  windowBackground,
} from '../../../../electron/main/window-options.ts';

describe('the main window options', () => {
  const options = createWindowOptions({ preloadPath: '/app/dist/electron/preload.cjs' });
  const web = options.webPreferences ?? {};

  it('isolates the page from the preload and sandboxes the renderer', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
  });

  it('gives the page no Node.js, in the window, its workers or its subframes', () => {
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it("keeps Chromium's web security on and turns off what weakens it", () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
    expect(web).not.toHaveProperty('enableBlinkFeatures');
  });

  it('loads the given preload and no other script', () => {
    expect(web.preload).toBe('/app/dist/electron/preload.cjs');
    expect(web).not.toHaveProperty('additionalArguments');
  });

  it('stays hidden until the page is ready to show', () => {
    expect(options.show).toBe(false);
  });

  it('opens at the restored bounds when it has them, and never smaller than the minimum', () => {
    const restored = createWindowOptions({
      preloadPath: 'p',
      bounds: { x: 10, y: 20, width: 900, height: 700 },
    });
    expect(restored).toMatchObject({ x: 10, y: 20, width: 900, height: 700 });
    expect(restored.minWidth).toBe(MIN_WINDOW_SIZE.width);
    expect(restored.minHeight).toBe(MIN_WINDOW_SIZE.height);
  });

  it("paints the window's background in the page's paper, light or dark, before the page does", () => {
    expect(createWindowOptions({ preloadPath: 'p' }).backgroundColor).toBe('#fbfaf6');
    expect(createWindowOptions({ preloadPath: 'p', dark: true }).backgroundColor).toBe('#1b1a17');
  });

  it("uses the same two papers as the page's palette", () => {
    const css = readFileSync(
      new URL('../../../../renderer/styles/app.css', import.meta.url),
      'utf8',
    );
    expect(css).toContain(
      `--paper: light-dark(${windowBackground(false)}, ${windowBackground(true)});`,
    );
  });
});
