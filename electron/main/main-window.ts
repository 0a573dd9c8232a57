// Creates the one main window: options from window-options.ts, bounds restored from the
// window-state store when they fit today's displays, the renderer loaded from app://.
import { BrowserWindow, nativeTheme, screen } from 'electron';
import { APP_ENTRY_URL } from './app-origin.ts';
import { restorableWindowState, type SavedWindowState } from './window-bounds.ts';
import { createWindowOptions } from './window-options.ts';
import { trackWindowState } from './window-state-tracker.ts';

export interface WindowStateStore {
  get(key: 'window'): unknown;
  set(key: 'window', value: SavedWindowState): void;
}

export function createMainWindow(preloadPath: string, stateStore: WindowStateStore): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const saved = restorableWindowState(stateStore.get('window'), workAreas);
  const window = new BrowserWindow(
    createWindowOptions({
      preloadPath,
      bounds: saved?.bounds,
      dark: nativeTheme.shouldUseDarkColors,
    }),
  );
  trackWindowState(window, (state) => stateStore.set('window', state));
  window.once('ready-to-show', () => {
    // maximize() shows a hidden window at once, before anything is drawn
    // (https://www.electronjs.org/docs/latest/api/base-window#winmaximize), so it waits too.
    if (saved?.isMaximized) window.maximize();
    window.show();
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
