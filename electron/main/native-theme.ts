// The window's own colours follow the appearance setting: nativeTheme.themeSource is what
// prefers-color-scheme answers in the page (and what the title bar and menus use), and the
// window's background, seen before the page paints and while it resizes, matches its paper.
import { nativeTheme, type BrowserWindow } from 'electron';
import type { Appearance } from '../contract/index.ts';
import { windowBackground } from './window-options.ts';

export function followAppearance(
  readAppearance: () => Appearance,
  onSettingsChange: (listener: () => void) => void,
  mainWindow: () => BrowserWindow | undefined,
): void {
  const apply = () => {
    const appearance = readAppearance();
    if (nativeTheme.themeSource !== appearance) nativeTheme.themeSource = appearance;
  };
  apply();
  onSettingsChange(apply);
  // Both a changed setting and the system switching while it is followed end here.
  nativeTheme.on('updated', () => {
    const window = mainWindow();
    if (window && !window.isDestroyed())
      window.setBackgroundColor(windowBackground(nativeTheme.shouldUseDarkColors));
  });
}
