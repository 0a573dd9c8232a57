// Installs the application menu in the language of the settings, and again whenever the
// language or the recent files change (the renderer changes the language through settings.set).
import { app, Menu } from 'electron';
import type { CommandId } from '../../common/commands/command-table.ts';
import type { Language } from '../contract/index.ts';
import { buildMenuTemplate } from './menu-template.ts';

/** What the menu's own items do (the rest are Electron roles). */
export interface MenuActions {
  openLogsFolder: () => void;
  runCommand: (commandId: CommandId) => void;
  openRecentFile: (filePath: string) => void;
  recentFiles: () => readonly string[];
}

export function installApplicationMenu(language: Language, actions: MenuActions): void {
  const template = buildMenuTemplate({
    language,
    isDevelopment: !app.isPackaged,
    platform: process.platform,
    openLogsFolder: actions.openLogsFolder,
    runCommand: actions.runCommand,
    openRecentFile: actions.openRecentFile,
    recentFiles: actions.recentFiles(),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/**
 * Rebuilds the menu when `readLanguage()` answers differently after a settings change; the
 * answer rebuilds it on demand (a file was added to the recent ones).
 */
export function keepMenuInLanguage(
  readLanguage: () => Language,
  onSettingsChange: (listener: () => void) => void,
  actions: MenuActions,
): () => void {
  let current = readLanguage();
  installApplicationMenu(current, actions);
  onSettingsChange(() => {
    const next = readLanguage();
    if (next === current) return;
    current = next;
    installApplicationMenu(next, actions);
  });
  return () => installApplicationMenu(current, actions);
}
