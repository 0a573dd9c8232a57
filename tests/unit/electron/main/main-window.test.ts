// The main window as the writer first sees it, through a stand-in for BrowserWindow that
// behaves as Electron documents: hidden until shown, maximize() shows a hidden window, and
// 'ready-to-show' comes only to a window not shown yet.
import type { BrowserWindow, Display, NativeTheme, Screen } from 'electron';
import { describe, expect, it, vi } from 'vitest';

const stand = vi.hoisted(() => ({ windows: [] as unknown[] }));

vi.mock('electron', () => {
  type Shown = Pick<
    BrowserWindow,
    | 'loadURL'
    | 'show'
    | 'maximize'
    | 'isVisible'
    | 'isMaximized'
    | 'isMinimized'
    | 'isFullScreen'
    | 'getNormalBounds'
  >;
  class StandInWindow implements Shown {
    /** What the screen shows, in order: 'empty frame' or 'page'. */
    readonly seen: string[] = [];
    readonly webContents = { id: 1 };
    #visible = false;
    #maximized = false;
    #painted = false;
    #listeners = new Map<string, (() => void)[]>();
    constructor() {
      stand.windows.push(this);
    }
    on(event: string, listener: () => void) {
      this.#listeners.set(event, [...(this.#listeners.get(event) ?? []), listener]);
      return this;
    }
    once(event: string, listener: () => void) {
      return this.on(event, listener);
    }
    // https://www.electronjs.org/docs/latest/api/browser-window#using-the-ready-to-show-event:
    // emitted once the page is first rendered "if the window has not been shown yet".
    async loadURL() {
      this.#painted = true;
      if (!this.#visible)
        for (const listener of this.#listeners.get('ready-to-show') ?? []) listener();
    }
    show() {
      this.#reveal();
    }
    // https://www.electronjs.org/docs/latest/api/base-window#winmaximize: "This will also
    // show (but not focus) the window if it isn't being displayed already."
    maximize() {
      this.#maximized = true;
      this.#reveal();
    }
    isVisible() {
      return this.#visible;
    }
    isMaximized() {
      return this.#maximized;
    }
    isMinimized() {
      return false;
    }
    isFullScreen() {
      return false;
    }
    getNormalBounds() {
      return { x: 0, y: 0, width: 1280, height: 860 };
    }
    #reveal() {
      if (!this.#visible) this.seen.push(this.#painted ? 'page' : 'empty frame');
      this.#visible = true;
    }
  }
  // One display: https://www.electronjs.org/docs/latest/api/screen#screengetalldisplays
  // answers every display, and a window is restored onto a display's workArea.
  const display = { workArea: { x: 0, y: 0, width: 1920, height: 1080 } } as Display;
  const screen: Pick<Screen, 'getAllDisplays'> = { getAllDisplays: () => [display] };
  // A light system: https://www.electronjs.org/docs/latest/api/native-theme#nativethemeshouldusedarkcolors-readonly
  const nativeTheme: Pick<NativeTheme, 'shouldUseDarkColors'> = { shouldUseDarkColors: false };
  return { BrowserWindow: StandInWindow, screen, nativeTheme };
});

const { createMainWindow } = await import('../../../../electron/main/main-window.ts');

function openWith(savedState: unknown) {
  createMainWindow('/preload.cjs', { get: () => savedState, set: () => undefined });
  return stand.windows.at(-1) as { seen: string[]; isMaximized(): boolean; isVisible(): boolean };
}

describe('the main window', () => {
  it('appears with its page drawn, never as an empty frame', () => {
    const window = openWith(undefined);
    expect(window.seen).toEqual(['page']);
  });

  it('reopens maximized when it was closed maximized, still only once the page is drawn', () => {
    const window = openWith({
      bounds: { x: 10, y: 10, width: 1000, height: 700 },
      isMaximized: true,
    });
    expect(window.isMaximized()).toBe(true);
    expect(window.isVisible()).toBe(true);
    expect(window.seen).toEqual(['page']);
  });
});
