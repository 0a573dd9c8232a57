// Installs the application menu in the language of the settings, and again whenever the
// language changes (the renderer changes it through settings.set).
import { app, Menu } from 'electron';
import type { Language } from '../contract/index.ts';
import { buildMenuTemplate } from './menu-template.ts';

/** What the menu's own items do (the rest are Electron roles). */
export interface MenuActions {
  openLogsFolder: () => void;
}

export function installApplicationMenu(language: Language, actions: MenuActions): void {
  const template = buildMenuTemplate({
    language,
    isDevelopment: !app.isPackaged,
    platform: process.platform,
    ...actions,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** Rebuilds the menu when `readLanguage()` answers differently after a settings change. */
export function keepMenuInLanguage(
  readLanguage: () => Language,
  onSettingsChange: (listener: () => void) => void,
  actions: MenuActions,
): void {
  let current = readLanguage();
  installApplicationMenu(current, actions);
  onSettingsChange(() => {
    const next = readLanguage();
    if (next === current) return;
    current = next;
    installApplicationMenu(next, actions);
  });
}
