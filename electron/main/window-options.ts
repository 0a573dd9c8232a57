// The one place the main window's options are decided. No 'electron' import at run time
// (the type is erased), so a Node unit test proves every security setting.
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 860 } as const;
export const MIN_WINDOW_SIZE = { width: 720, height: 480 } as const;

export interface WindowOptionsInput {
  preloadPath: string;
  /** Saved bounds already checked against the displays (window-bounds.ts); else centred. */
  bounds?: Rectangle;
  /** Whether the system (or the appearance setting, through nativeTheme) wants dark colours. */
  dark?: boolean;
}

/** The page's paper (--paper in renderer/styles/app.css), light or dark. */
export function windowBackground(dark: boolean): string {
  return dark ? '#1b1a17' : '#fbfaf6';
}

export function createWindowOptions({
  preloadPath,
  bounds,
  dark = false,
}: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...(bounds ?? DEFAULT_WINDOW_SIZE),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'مداد',
    // Shown on 'ready-to-show', so the writer never sees an empty white frame.
    show: false,
    backgroundColor: windowBackground(dark),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Writers want their misspellings underlined; the languages are set per session.
      spellcheck: true,
    },
  };
}
