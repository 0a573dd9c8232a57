// The application menu as data: every item but Help's "Open the logs folder" is an Electron
// role (so the keyboard shortcuts and the editing commands are Chromium's own), each with a
// label in the user's language.
import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../contract/index.ts';
import { MENU_LABELS } from './menu-labels.ts';

export interface MenuTemplateInput {
  language: Language;
  /** Reload and the developer tools exist only in an unpackaged (development) run. */
  isDevelopment: boolean;
  platform: NodeJS.Platform;
  /** Shows the support log's folder in the system's file manager (main.ts gives shell.openPath). */
  openLogsFolder: () => void;
}

export function buildMenuTemplate({
  language,
  isDevelopment,
  platform,
  openLogsFolder,
}: MenuTemplateInput): MenuItemConstructorOptions[] {
  const label = MENU_LABELS[language];
  const isMac = platform === 'darwin';
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions = {
    role: 'appMenu',
    label: language === 'ar' ? 'مداد' : 'Midad',
    submenu: [
      { role: 'about', label: label.about },
      separator,
      { role: 'hide', label: label.hide },
      { role: 'hideOthers', label: label.hideOthers },
      { role: 'unhide', label: label.unhide },
      separator,
      { role: 'quit', label: label.quit },
    ],
  };
  const fileMenu: MenuItemConstructorOptions = {
    role: 'fileMenu',
    label: label.file,
    submenu: [isMac ? { role: 'close', label: label.close } : { role: 'quit', label: label.quit }],
  };
  const editMenu: MenuItemConstructorOptions = {
    role: 'editMenu',
    label: label.edit,
    submenu: [
      { role: 'undo', label: label.undo },
      { role: 'redo', label: label.redo },
      separator,
      { role: 'cut', label: label.cut },
      { role: 'copy', label: label.copy },
      { role: 'paste', label: label.paste },
      { role: 'selectAll', label: label.selectAll },
    ],
  };
  const developmentItems: MenuItemConstructorOptions[] = isDevelopment
    ? [
        { role: 'reload', label: label.reload },
        { role: 'toggleDevTools', label: label.toggleDevTools },
        separator,
      ]
    : [];
  const viewMenu: MenuItemConstructorOptions = {
    role: 'viewMenu',
    label: label.view,
    submenu: [
      ...developmentItems,
      { role: 'resetZoom', label: label.resetZoom },
      { role: 'zoomIn', label: label.zoomIn },
      { role: 'zoomOut', label: label.zoomOut },
      separator,
      { role: 'togglefullscreen', label: label.toggleFullScreen },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    role: 'windowMenu',
    label: label.window,
    submenu: [
      { role: 'minimize', label: label.minimize },
      { role: 'close', label: label.close },
    ],
  };
  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: label.help,
    submenu: [
      { id: 'open-logs-folder', label: label.openLogsFolder, click: () => openLogsFolder() },
      separator,
      { role: 'about', label: label.about },
    ],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
