import { describe, expect, it } from 'vitest';
import { MENU_LABEL_KEYS, MENU_LABELS } from '../../../../electron/main/menu-labels.ts';
import { buildMenuTemplate } from '../../../../electron/main/menu-template.ts';

// Electron's own type, taken from the template so the test needs no 'electron' import.
type MenuItemConstructorOptions = ReturnType<typeof buildMenuTemplate>[number];

function allItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? allItems(item.submenu) : []),
  ]);
}
const openLogsFolder = () => undefined;
const roles = (items: MenuItemConstructorOptions[]) => allItems(items).map((item) => item.role);

describe('the application menu', () => {
  it('names every item in Arabic and in English', () => {
    for (const language of ['ar', 'en'] as const) {
      expect(Object.keys(MENU_LABELS[language]).sort()).toEqual([...MENU_LABEL_KEYS].sort());
      for (const key of MENU_LABEL_KEYS) expect(MENU_LABELS[language][key].trim()).not.toBe('');
    }
  });

  it('speaks Arabic in Arabic', () => {
    for (const key of MENU_LABEL_KEYS) expect(MENU_LABELS.ar[key]).toMatch(/[\u0600-\u06FF]/);
  });

  it('labels every visible item in the chosen language', () => {
    for (const language of ['ar', 'en'] as const) {
      const items = allItems(
        buildMenuTemplate({ language, isDevelopment: true, platform: 'linux', openLogsFolder }),
      );
      const labels = new Set(Object.values(MENU_LABELS[language]));
      for (const item of items.filter((entry) => entry.type !== 'separator')) {
        expect(labels.has(item.label ?? '') || item.role === 'appMenu').toBe(true);
      }
    }
  });

  it('has File, Edit, View, Window and Help with the editing commands and quit', () => {
    const template = buildMenuTemplate({
      language: 'ar',
      isDevelopment: false,
      platform: 'linux',
      openLogsFolder,
    });
    expect(template.map((menu) => menu.role)).toEqual([
      'fileMenu',
      'editMenu',
      'viewMenu',
      'windowMenu',
      'help',
    ]);
    expect(roles(template)).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']),
    );
  });

  it('offers reload and the developer tools only in development', () => {
    const released = roles(
      buildMenuTemplate({
        language: 'en',
        isDevelopment: false,
        platform: 'linux',
        openLogsFolder,
      }),
    );
    const development = roles(
      buildMenuTemplate({ language: 'en', isDevelopment: true, platform: 'linux', openLogsFolder }),
    );
    expect(released).not.toContain('reload');
    expect(released).not.toContain('toggleDevTools');
    expect(development).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('offers to open the logs folder in Help, for support to read the log', () => {
    let opened = 0;
    const template = buildMenuTemplate({
      language: 'ar',
      isDevelopment: false,
      platform: 'linux',
      openLogsFolder: () => (opened += 1),
    });
    const help = template.find((menu) => menu.role === 'help');
    const item = allItems(Array.isArray(help?.submenu) ? help.submenu : []).find(
      (entry) => entry.id === 'open-logs-folder',
    );
    expect(item?.label).toBe('فتح مجلد السجلات');
    (item?.click as () => void)();
    expect(opened).toBe(1);
  });

  it("starts with the app's own menu on macOS, which holds quit", () => {
    const template = buildMenuTemplate({
      language: 'en',
      isDevelopment: false,
      platform: 'darwin',
      openLogsFolder,
    });
    expect(template[0]?.role).toBe('appMenu');
    expect(roles(template)).toContain('quit');
  });
});
