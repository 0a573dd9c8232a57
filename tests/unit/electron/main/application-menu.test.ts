import { describe, expect, it } from 'vitest';
import { MENU_LABEL_KEYS, MENU_LABELS } from '../../../../electron/main/menu-labels.ts';
import { buildMenuTemplate } from '../../../../electron/main/menu-template.ts';

// Electron's own type, taken from the template so the test needs no 'electron' import.
type MenuItemConstructorOptions = ReturnType<typeof buildMenuTemplate>[number];

function allItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
}
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
      const items = allItems(buildMenuTemplate({ language, isDevelopment: true, platform: 'linux' }));
      const labels = new Set(Object.values(MENU_LABELS[language]));
      for (const item of items.filter((entry) => entry.type !== 'separator')) {
        expect(labels.has(item.label ?? '') || item.role === 'appMenu').toBe(true);
      }
    }
  });

  it('has File, Edit, View, Window and Help with the editing commands and quit', () => {
    const template = buildMenuTemplate({ language: 'ar', isDevelopment: false, platform: 'linux' });
    expect(template.map((menu) => menu.role)).toEqual(['fileMenu', 'editMenu', 'viewMenu', 'windowMenu', 'help']);
    expect(roles(template)).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']),
    );
  });

  it('offers reload and the developer tools only in development', () => {
    const released = roles(buildMenuTemplate({ language: 'en', isDevelopment: false, platform: 'linux' }));
    const development = roles(buildMenuTemplate({ language: 'en', isDevelopment: true, platform: 'linux' }));
    expect(released).not.toContain('reload');
    expect(released).not.toContain('toggleDevTools');
    expect(development).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it("starts with the app's own menu on macOS, which holds quit", () => {
    const template = buildMenuTemplate({ language: 'en', isDevelopment: false, platform: 'darwin' });
    expect(template[0]?.role).toBe('appMenu');
    expect(roles(template)).toContain('quit');
  });
});
