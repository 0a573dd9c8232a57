// The application menu as data, made from the command table (common/commands): each
// command's item sends its id to the window (the renderer runs it) and shows its keys;
// undo, redo and the clipboard are Electron's roles, so they go through Chromium. Kept a
// pure function of its input (Electron's types only) so a unit test reads every platform.
import type { MenuItemConstructorOptions } from 'electron';
import { COMMAND_LABELS, MENU_TITLES } from '../../common/commands/command-labels.ts';
import {
  menuGroups,
  shortcutFor,
  type CommandId,
  type CommandSpec,
  type MenuName,
} from '../../common/commands/command-table.ts';
import { electronAccelerator } from '../../common/commands/shortcut-keys.ts';
import type { Language } from '../contract/index.ts';
import { MENU_LABELS } from './menu-labels.ts';

export interface MenuTemplateInput {
  language: Language;
  /** Reload and the developer tools exist only in an unpackaged (development) run. */
  isDevelopment: boolean;
  platform: NodeJS.Platform;
  /** Hands a command to the focused window's renderer (main.ts sends it as a host event). */
  runCommand: (commandId: CommandId) => void;
  /** Shows the support log's folder in the system's file manager (main.ts gives shell.openPath). */
  openLogsFolder: () => void;
  /** Files opened lately, newest first: the menu lists them where the system does not (not macOS). */
  recentFiles: readonly string[];
  openRecentFile: (filePath: string) => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

function withSeparators(groups: MenuItemConstructorOptions[][]): MenuItemConstructorOptions[] {
  return groups
    .filter((group) => group.length > 0)
    .flatMap((group, index) => (index === 0 ? group : [separator, ...group]));
}

export function buildMenuTemplate(input: MenuTemplateInput): MenuItemConstructorOptions[] {
  const { language, isDevelopment, platform } = input;
  const label = MENU_LABELS[language];
  const titles = MENU_TITLES[language];
  const isMac = platform === 'darwin';

  const item = (command: CommandSpec): MenuItemConstructorOptions => {
    const chord = shortcutFor(command, isMac ? 'mac' : 'other', false);
    const accelerator = chord && electronAccelerator(chord, isMac ? 'mac' : 'other');
    const text = COMMAND_LABELS[language][command.id];
    if (command.electronRole) return { role: command.electronRole, label: text, accelerator };
    return {
      id: command.id,
      label: text,
      accelerator,
      // The renderer hears the keys first and runs the command itself; the menu only
      // shows them, so a key press never runs a command twice.
      registerAccelerator: false,
      click:
        command.id === 'help.openLogsFolder'
          ? () => input.openLogsFolder()
          : () => input.runCommand(command.id),
    };
  };

  const groupsOf = (menu: MenuName) => menuGroups(menu, false);

  const recentMenu: MenuItemConstructorOptions = {
    label: titles.openRecent,
    ...(isMac
      ? { role: 'recentDocuments', submenu: [{ role: 'clearRecentDocuments' }] }
      : {
          enabled: input.recentFiles.length > 0,
          submenu: input.recentFiles.map((filePath) => ({
            label: filePath,
            click: () => input.openRecentFile(filePath),
          })),
        }),
  };

  const fileGroups = groupsOf('file').map((group) => {
    const plain = group.filter((command) => !command.menu?.submenu).map(item);
    const exports = group.filter((command) => command.menu?.submenu === 'export').map(item);
    return exports.length > 0 ? [...plain, { label: titles.export, submenu: exports }] : plain;
  });
  // Open Recent sits beside Open Library, as in every other app.
  fileGroups[0] = [...(fileGroups[0] ?? []), recentMenu];
  const fileMenu: MenuItemConstructorOptions = {
    role: 'fileMenu',
    label: titles.file,
    submenu: withSeparators([
      ...fileGroups,
      [isMac ? { role: 'close', label: label.close } : { role: 'quit', label: label.quit }],
    ]),
  };

  const editMenu: MenuItemConstructorOptions = {
    role: 'editMenu',
    label: titles.edit,
    submenu: withSeparators(groupsOf('edit').map((group) => group.map(item))),
  };

  const developmentItems: MenuItemConstructorOptions[] = isDevelopment
    ? [
        { role: 'reload', label: label.reload },
        { role: 'toggleDevTools', label: label.toggleDevTools },
      ]
    : [];
  const zoomItems: MenuItemConstructorOptions[] = [
    { role: 'resetZoom', label: label.resetZoom },
    { role: 'zoomIn', label: label.zoomIn },
    { role: 'zoomOut', label: label.zoomOut },
    { role: 'togglefullscreen', label: label.toggleFullScreen },
  ];
  const viewGroups = groupsOf('view').map((group) => group.map(item));
  const viewMenu: MenuItemConstructorOptions = {
    role: 'viewMenu',
    label: titles.view,
    submenu: withSeparators([
      viewGroups[0] ?? [],
      zoomItems,
      ...viewGroups.slice(1),
      developmentItems,
    ]),
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
    label: titles.help,
    submenu: withSeparators([
      ...groupsOf('help').map((group) => group.map(item)),
      [{ role: 'about', label: label.about }],
    ]),
  };

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

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
