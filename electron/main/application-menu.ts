// Installs the application menu in the language of the settings, and again whenever the
// language changes (the renderer changes it through settings.set).
import { app, Menu } from 'electron';
import type { Language } from '../contract.ts';
import { buildMenuTemplate } from './menu-template.ts';

export function installApplicationMenu(language: Language): void {
  const template = buildMenuTemplate({ language, isDevelopment: !app.isPackaged, platform: process.platform });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** Rebuilds the menu when `readLanguage()` answers differently after a settings change. */
export function keepMenuInLanguage(
  readLanguage: () => Language,
  onSettingsChange: (listener: () => void) => void,
): void {
  let current = readLanguage();
  installApplicationMenu(current);
  onSettingsChange(() => {
    const next = readLanguage();
    if (next === current) return;
    current = next;
    installApplicationMenu(next);
  });
}
