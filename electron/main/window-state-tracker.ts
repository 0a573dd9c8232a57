// Remembers the window's size and position: saves after moves and resizes have settled
// (not on every pixel), and once more when the window closes.
import type { BrowserWindow } from 'electron';
import type { SavedWindowState } from './window-bounds.ts';

/** The part of BrowserWindow this needs, as electron.d.ts types it (`on` is overloaded there, so its events are written out). */
export type TrackedWindow = Pick<
  BrowserWindow,
  'getNormalBounds' | 'isMaximized' | 'isMinimized' | 'isFullScreen'
> & {
  on(event: 'move' | 'resize' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
};

export const SAVE_DELAY_MS = 400;

export function trackWindowState(
  window: TrackedWindow,
  save: (state: SavedWindowState) => void,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const saveNow = () => {
    clearTimeout(timer);
    timer = undefined;
    // A minimized or full-screen window's bounds are not a size anyone chose.
    if (window.isMinimized() || window.isFullScreen()) return;
    save({ bounds: window.getNormalBounds(), isMaximized: window.isMaximized() });
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(saveNow, SAVE_DELAY_MS);
  };
  for (const event of ['move', 'resize', 'maximize', 'unmaximize'] as const)
    window.on(event, saveSoon);
  window.on('close', saveNow);
}
