import { describe, expect, it } from 'vitest';
import { COMMAND_LABELS, MENU_TITLES } from '../../../../common/commands/command-labels.ts';
import type { CommandId } from '../../../../common/commands/command-table.ts';
import { MENU_LABEL_KEYS, MENU_LABELS } from '../../../../electron/main/menu-labels.ts';
import {
  buildMenuTemplate,
  type MenuTemplateInput,
} from '../../../../electron/main/menu-template.ts';
import { RecentFiles } from '../../../../electron/main/recent-files.ts';

// Electron's own type, taken from the template so the test needs no 'electron' import.
type MenuItemConstructorOptions = ReturnType<typeof buildMenuTemplate>[number];

function allItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? allItems(item.submenu) : []),
  ]);
}
const submenu = (item: MenuItemConstructorOptions | undefined) =>
  Array.isArray(item?.submenu) ? item.submenu : [];

const LANGUAGES = ['ar', 'en'] as const;
const PLATFORMS = ['darwin', 'win32', 'linux'] as const;

function template(overrides: Partial<MenuTemplateInput> = {}): MenuItemConstructorOptions[] {
  return buildMenuTemplate({
    language: 'en',
    isDevelopment: false,
    platform: 'linux',
    runCommand: () => undefined,
    openLogsFolder: () => undefined,
    recentFiles: [],
    openRecentFile: () => undefined,
    ...overrides,
  });
}
const roles = (items: MenuItemConstructorOptions[]) => allItems(items).map((item) => item.role);
const byId = (items: MenuItemConstructorOptions[], id: string) =>
  allItems(items).find((item) => item.id === id);

describe('the application menu', () => {
  it('names every item of its own in Arabic and in English', () => {
    for (const language of LANGUAGES) {
      expect(Object.keys(MENU_LABELS[language]).sort()).toEqual([...MENU_LABEL_KEYS].sort());
      for (const key of MENU_LABEL_KEYS) expect(MENU_LABELS[language][key].trim()).not.toBe('');
    }
    for (const key of MENU_LABEL_KEYS) expect(MENU_LABELS.ar[key]).toMatch(/[\u0600-\u06FF]/);
  });

  it('labels every visible item in the chosen language, on every platform', () => {
    for (const language of LANGUAGES) {
      const known = new Set([
        ...Object.values(MENU_LABELS[language]),
        ...Object.values(COMMAND_LABELS[language]),
        ...Object.values(MENU_TITLES[language]),
      ]);
      for (const platform of PLATFORMS) {
        const items = allItems(template({ language, platform, isDevelopment: true }));
        for (const item of items.filter((entry) => entry.type !== 'separator')) {
          const isOwnLabel = item.role === 'appMenu' || item.role === 'clearRecentDocuments';
          expect(known.has(item.label ?? '') || isOwnLabel, `${item.label}`).toBe(true);
        }
      }
    }
  });

  it('has File, Edit, View, Window and Help, with the app menu first on macOS only', () => {
    expect(template({ platform: 'linux' }).map((menu) => menu.role)).toEqual([
      'fileMenu',
      'editMenu',
      'viewMenu',
      'windowMenu',
      'help',
    ]);
    expect(template({ platform: 'win32' })[0]?.role).toBe('fileMenu');
    const mac = template({ platform: 'darwin' });
    expect(mac[0]?.role).toBe('appMenu');
    expect(roles(submenu(mac[0]))).toContain('quit');
  });

  it('holds New, Open library, both imports, Export with every format, Publish and Open Recent in File', () => {
    for (const platform of PLATFORMS) {
      const file = submenu(template({ platform })[platform === 'darwin' ? 1 : 0]);
      const ids = allItems(file).map((item) => item.id);
      expect(ids).toEqual(
        expect.arrayContaining([
          'file.new',
          'file.openLibrary',
          'file.importMidad',
          'file.importDocx',
          'file.save',
          'file.publish',
        ]),
      );
      const exportMenu = file.find((item) => item.label === MENU_TITLES.en.export);
      expect(submenu(exportMenu).map((item) => item.id)).toEqual([
        'file.export.midad',
        'file.export.html',
        'file.export.docx',
        'file.export.markdown',
        'file.export.pdf',
      ]);
      expect(file.some((item) => item.label === MENU_TITLES.en.openRecent)).toBe(true);
    }
  });

  it("leaves Open Recent to macOS's own list, and lists the recent files elsewhere", () => {
    const mac = template({ platform: 'darwin', recentFiles: ['/a.midad'] });
    expect(roles(mac)).toContain('recentDocuments');
    const opened: string[] = [];
    const linux = template({
      platform: 'linux',
      recentFiles: ['/home/sara/b.midad'],
      openRecentFile: (filePath) => opened.push(filePath),
    });
    const recent = allItems(linux).find((item) => item.label === MENU_TITLES.en.openRecent);
    expect(recent?.role).toBeUndefined();
    const entry = submenu(recent)[0];
    expect(entry?.label).toBe('/home/sara/b.midad');
    (entry?.click as () => void)();
    expect(opened).toEqual(['/home/sara/b.midad']);
    const empty = allItems(template({ platform: 'win32' })).find(
      (item) => item.label === MENU_TITLES.en.openRecent,
    );
    expect(empty?.enabled).toBe(false);
  });

  it('has Undo, Redo, the clipboard, Find, Replace and Suggest in Edit', () => {
    const edit = template().find((menu) => menu.role === 'editMenu');
    expect(roles(submenu(edit))).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    );
    expect(submenu(edit).map((item) => item.id)).toEqual(
      expect.arrayContaining(['edit.find', 'edit.replace', 'edit.toggleSuggesting']),
    );
  });

  it('has the panels, the zoom and night mode in View', () => {
    const view = template().find((menu) => menu.role === 'viewMenu');
    const items = submenu(view);
    expect(items.map((item) => item.id)).toEqual(
      expect.arrayContaining(['view.history', 'view.publish', 'view.toggleNightMode']),
    );
    expect(roles(items)).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut']));
  });

  it('sends the chosen command to the renderer by its id', () => {
    const sent: CommandId[] = [];
    const items = template({ runCommand: (id) => sent.push(id) });
    for (const id of ['file.new', 'edit.find', 'view.toggleNightMode', 'help.shortcuts'])
      (byId(items, id)?.click as () => void)();
    expect(sent).toEqual(['file.new', 'edit.find', 'view.toggleNightMode', 'help.shortcuts']);
  });

  it('shows each command’s keys with Command on macOS and Ctrl elsewhere, leaving the key press to the renderer', () => {
    expect(byId(template({ platform: 'darwin' }), 'file.save')?.accelerator).toBe('Command+S');
    expect(byId(template({ platform: 'win32' }), 'file.save')?.accelerator).toBe('Ctrl+S');
    expect(byId(template({ platform: 'linux' }), 'edit.replace')?.accelerator).toBe('Ctrl+H');
    expect(byId(template({ platform: 'darwin' }), 'edit.replace')?.accelerator).toBe(
      'Command+Alt+F',
    );
    expect(byId(template(), 'file.save')?.registerAccelerator).toBe(false);
    // New is Ctrl+N in the desktop app: the browser's Alt+Shift+N is for browser mode only.
    expect(byId(template(), 'file.new')?.accelerator).toBe('Ctrl+N');
  });

  it('offers reload and the developer tools only in development', () => {
    expect(roles(template({ isDevelopment: false }))).not.toContain('toggleDevTools');
    expect(roles(template({ isDevelopment: true }))).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    );
  });

  it('opens the logs folder from Help itself, without the renderer, and has shortcuts and About', () => {
    let opened = 0;
    const sent: CommandId[] = [];
    const items = template({
      language: 'ar',
      openLogsFolder: () => (opened += 1),
      runCommand: (id) => sent.push(id),
    });
    const help = items.find((menu) => menu.role === 'help');
    const logs = byId(submenu(help), 'help.openLogsFolder');
    expect(logs?.label).toBe('فتح مجلد السجلات');
    (logs?.click as () => void)();
    expect(opened).toBe(1);
    expect(sent).toEqual([]);
    expect(byId(submenu(help), 'help.shortcuts')).toBeDefined();
    expect(roles(submenu(help))).toContain('about');
  });
});

describe('the recent files', () => {
  it('keeps the newest first, once each, at most ten, and reads a damaged store as none', () => {
    let stored: unknown = 'garbage';
    const recent = new RecentFiles({ read: () => stored, write: (files) => (stored = files) });
    expect(recent.list()).toEqual([]);
    for (let index = 0; index < 12; index += 1) recent.add(`/f${index}.midad`);
    recent.add('/f5.midad');
    expect(recent.list()[0]).toBe('/f5.midad');
    expect(recent.list()).toHaveLength(10);
    expect(new Set(recent.list()).size).toBe(10);
  });
});
