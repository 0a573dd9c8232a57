// A stand-in for the part of Electron's BrowserWindow that window-state-tracker.ts uses, for
// unit tests; typed by electron.d.ts through TrackedWindow (a Pick of BrowserWindow).
import type { Rectangle } from 'electron';
import type { TrackedWindow } from '../window-state-tracker.ts';

type WindowEvent = Parameters<TrackedWindow['on']>[0];

/**
 * Copies what Electron documents: getNormalBounds() is the bounds of the normal state, the
 * same whether the window is maximized, minimized or full screen
 * (https://www.electronjs.org/docs/latest/api/browser-window#wingetnormalbounds); 'move',
 * 'resize', 'maximize', 'unmaximize' and 'close' are emitted as the window changes or closes
 * (https://www.electronjs.org/docs/latest/api/browser-window#instance-events). The test moves
 * it and says which event the window emits.
 */
export class BrowserWindowStandIn implements TrackedWindow {
  bounds: Rectangle = { x: 0, y: 0, width: 1000, height: 700 };
  maximized = false;
  minimized = false;
  fullScreen = false;
  readonly #listeners = new Map<WindowEvent, (() => void)[]>();

  on(event: WindowEvent, listener: () => void): this {
    this.#listeners.set(event, [...(this.#listeners.get(event) ?? []), listener]);
    return this;
  }

  emit(event: WindowEvent): void {
    for (const listener of this.#listeners.get(event) ?? []) listener();
  }

  getNormalBounds(): Rectangle {
    return { ...this.bounds };
  }

  isMaximized(): boolean {
    return this.maximized;
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  isFullScreen(): boolean {
    return this.fullScreen;
  }
}
