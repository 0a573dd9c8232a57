import { describe, expect, it } from 'vitest';
import { COMMAND_LABELS, MENU_TITLES } from '../../../../common/commands/command-labels.ts';
import {
  COMMAND_IDS,
  COMMANDS,
  MENU_NAMES,
  commandSpec,
  menuGroups,
  shortcutFor,
  type ShortcutPlatform,
} from '../../../../common/commands/command-table.ts';
import {
  electronAccelerator,
  matchesChord,
  shortcutText,
} from '../../../../common/commands/shortcut-keys.ts';

const press = (
  code: string,
  keys: Partial<Record<'ctrl' | 'meta' | 'alt' | 'shift', boolean>>,
) => ({
  code,
  ctrlKey: keys.ctrl ?? false,
  metaKey: keys.meta ?? false,
  altKey: keys.alt ?? false,
  shiftKey: keys.shift ?? false,
});

describe('the command table', () => {
  it('holds every command id once', () => {
    expect(COMMANDS.map((command) => command.id).sort()).toEqual([...COMMAND_IDS].sort());
  });

  it('names every command and menu in Arabic and in English', () => {
    for (const language of ['ar', 'en'] as const) {
      for (const id of COMMAND_IDS) expect(COMMAND_LABELS[language][id].trim()).not.toBe('');
      for (const title of Object.values(MENU_TITLES[language])) expect(title.trim()).not.toBe('');
    }
    for (const id of COMMAND_IDS) expect(COMMAND_LABELS.ar[id]).toMatch(/[\u0600-\u06FF]/u);
  });

  it('gives no two commands the same keys on one platform, in the app or in the browser', () => {
    for (const platform of ['mac', 'other'] as const satisfies ShortcutPlatform[]) {
      for (const inBrowser of [false, true]) {
        const seen = new Map<string, string>();
        for (const command of COMMANDS) {
          const chord = shortcutFor(command, platform, inBrowser);
          if (!chord) continue;
          const text = shortcutText(chord, platform);
          expect(seen.get(text), `${command.id} and ${seen.get(text)}`).toBeUndefined();
          seen.set(text, command.id);
        }
      }
    }
  });

  it('has the keys Docs and WordPress users reach for', () => {
    const keys = (id: Parameters<typeof commandSpec>[0], platform: ShortcutPlatform = 'other') =>
      shortcutText(shortcutFor(commandSpec(id), platform, false)!, platform);
    expect(keys('file.save')).toBe('Ctrl+S');
    expect(keys('file.new')).toBe('Ctrl+N');
    expect(keys('format.heading2')).toBe('Ctrl+Alt+2');
    expect(keys('format.paragraph')).toBe('Ctrl+Alt+0');
    expect(keys('format.numberedList')).toBe('Ctrl+Shift+7');
    expect(keys('format.bulletedList')).toBe('Ctrl+Shift+8');
    expect(keys('edit.toggleSuggesting')).toBe('Ctrl+Alt+Shift+X');
    expect(keys('help.shortcuts')).toBe('Ctrl+/');
    expect(keys('edit.replace')).toBe('Ctrl+H');
    expect(keys('edit.replace', 'mac')).toBe('⌥⌘F');
    expect(keys('edit.redo', 'mac')).toBe('⇧⌘Z');
    expect(keys('format.bold', 'mac')).toBe('⌘B');
  });

  it('offers Alt+Shift+N for a new draft in the browser, where Chromium keeps Ctrl+N for a window', () => {
    const chord = shortcutFor(commandSpec('file.new'), 'other', true)!;
    expect(shortcutText(chord, 'other')).toBe('Alt+Shift+N');
    expect(matchesChord(press('KeyN', { alt: true, shift: true }), chord, 'other')).toBe(true);
    expect(
      matchesChord(press('KeyN', { ctrl: true, alt: true, shift: true }), chord, 'other'),
    ).toBe(false);
  });

  it('matches ⌘ on macOS and Ctrl elsewhere, on the physical key', () => {
    const bold = commandSpec('format.bold').shortcut!;
    expect(matchesChord(press('KeyB', { ctrl: true }), bold, 'other')).toBe(true);
    expect(matchesChord(press('KeyB', { meta: true }), bold, 'other')).toBe(false);
    expect(matchesChord(press('KeyB', { meta: true }), bold, 'mac')).toBe(true);
    expect(matchesChord(press('KeyB', { ctrl: true }), bold, 'mac')).toBe(false);
    // AltGr is Ctrl+Alt on Windows: it is not Ctrl+B.
    expect(matchesChord(press('KeyB', { ctrl: true, alt: true }), bold, 'other')).toBe(false);
  });

  it("writes Electron's accelerators with Command on macOS and Ctrl elsewhere", () => {
    const heading = commandSpec('format.heading2').shortcut!;
    expect(electronAccelerator(heading, 'mac')).toBe('Command+Alt+2');
    expect(electronAccelerator(heading, 'other')).toBe('Ctrl+Alt+2');
    expect(electronAccelerator(commandSpec('help.shortcuts').shortcut!, 'other')).toBe('Ctrl+/');
  });

  it('puts File, Edit, View and Help together from the table, browser mode without desktop-only items', () => {
    for (const menu of MENU_NAMES) expect(menuGroups(menu, false).length).toBeGreaterThan(0);
    const browserEdit = menuGroups('edit', true)
      .flat()
      .map((command) => command.id);
    expect(browserEdit).toEqual(expect.arrayContaining(['edit.undo', 'edit.find', 'edit.replace']));
    expect(browserEdit).not.toContain('edit.paste');
    expect(
      menuGroups('help', true)
        .flat()
        .map((command) => command.id),
    ).toEqual(['help.shortcuts']);
  });
});
