// Every command a menu, a shortcut or a toolbar tooltip names, once: its keys on each
// platform and where it sits in the menus. The desktop app's menu (electron/main), the
// browser mode's menu button, the shortcuts sheet and the tooltips are all made from it.

/** A key pressed with Ctrl (⌘ on macOS), matched on the physical key (event.code). */
export interface KeyChord {
  /** KeyboardEvent.code: 'KeyB', 'Digit7', 'Slash'. */
  code: string;
  shift?: boolean;
  alt?: boolean;
  /** False for a chord without Ctrl/⌘ (browser mode's Alt+Shift+N). */
  primary?: boolean;
}

export type MenuName = 'file' | 'edit' | 'view' | 'help';

export interface MenuPlace {
  menu: MenuName;
  /** Items of one group sit together; a separator between groups. */
  group: number;
  /** Export's formats sit in a submenu of their own. */
  submenu?: 'export';
}

/**
 * Who answers the command: `app` runs wherever the focus is; `editor` only while the
 * article's editor is on screen (its keys only with the caret in it); `native` is
 * Chromium's own (cut, copy, paste), in the desktop menu only.
 */
export type CommandScope = 'app' | 'editor' | 'native';

export interface CommandSpec {
  id: CommandId;
  scope: CommandScope;
  shortcut?: KeyChord;
  /** Where macOS has its own habit (⇧⌘Z for redo; ⌘H hides the app). */
  macShortcut?: KeyChord;
  /** Browser mode, where Chromium keeps the key for itself (Ctrl+N opens a window). */
  browserShortcut?: KeyChord;
  /** Further keys that do the same, not shown (Ctrl+Shift+Z for redo). */
  aliases?: readonly KeyChord[];
  menu?: MenuPlace;
  /** The desktop menu uses Electron's own item for it (undo goes through Chromium). */
  electronRole?: 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll';
  /** Only the desktop app has it (its menu; browser mode leaves it out). */
  desktopOnly?: boolean;
}

export const COMMAND_IDS = [
  'file.new',
  'file.openLibrary',
  'file.importMidad',
  'file.importDocx',
  'file.save',
  'file.export.midad',
  'file.export.html',
  'file.export.docx',
  'file.export.markdown',
  'file.export.pdf',
  'file.publish',
  'edit.undo',
  'edit.redo',
  'edit.cut',
  'edit.copy',
  'edit.paste',
  'edit.selectAll',
  'edit.find',
  'edit.replace',
  'edit.toggleSuggesting',
  'edit.comment',
  'format.bold',
  'format.italic',
  'format.underline',
  'format.strikethrough',
  'format.link',
  'format.paragraph',
  'format.heading1',
  'format.heading2',
  'format.heading3',
  'format.numberedList',
  'format.bulletedList',
  'format.direction',
  'view.history',
  'view.preview',
  'view.style',
  'view.suggestions',
  'view.comments',
  'view.publish',
  'view.toggleNightMode',
  'help.shortcuts',
  'help.openLogsFolder',
] as const;

export type CommandId = (typeof COMMAND_IDS)[number];

const key = (code: string, more: Omit<KeyChord, 'code'> = {}): KeyChord => ({ code, ...more });
const ctrlAlt = (code: string): KeyChord => ({ code, alt: true });

export const COMMANDS: readonly CommandSpec[] = [
  {
    id: 'file.new',
    scope: 'app',
    shortcut: key('KeyN'),
    // Chromium opens a new window on Ctrl+N before the page hears it (Docs has no Ctrl+N either).
    browserShortcut: key('KeyN', { primary: false, alt: true, shift: true }),
    menu: { menu: 'file', group: 1 },
  },
  { id: 'file.openLibrary', scope: 'app', shortcut: key('KeyO'), menu: { menu: 'file', group: 1 } },
  { id: 'file.importMidad', scope: 'app', menu: { menu: 'file', group: 2 } },
  { id: 'file.importDocx', scope: 'app', menu: { menu: 'file', group: 2 } },
  { id: 'file.save', scope: 'app', shortcut: key('KeyS'), menu: { menu: 'file', group: 3 } },
  { id: 'file.export.midad', scope: 'app', menu: { menu: 'file', group: 3, submenu: 'export' } },
  { id: 'file.export.html', scope: 'app', menu: { menu: 'file', group: 3, submenu: 'export' } },
  { id: 'file.export.docx', scope: 'app', menu: { menu: 'file', group: 3, submenu: 'export' } },
  {
    id: 'file.export.markdown',
    scope: 'app',
    menu: { menu: 'file', group: 3, submenu: 'export' },
  },
  { id: 'file.export.pdf', scope: 'app', menu: { menu: 'file', group: 3, submenu: 'export' } },
  { id: 'file.publish', scope: 'app', menu: { menu: 'file', group: 4 } },
  {
    id: 'edit.undo',
    scope: 'editor',
    shortcut: key('KeyZ'),
    menu: { menu: 'edit', group: 1 },
    electronRole: 'undo',
  },
  {
    id: 'edit.redo',
    scope: 'editor',
    shortcut: key('KeyY'),
    macShortcut: key('KeyZ', { shift: true }),
    aliases: [key('KeyZ', { shift: true }), key('KeyY')],
    menu: { menu: 'edit', group: 1 },
    electronRole: 'redo',
  },
  ...(['cut', 'copy', 'paste', 'selectAll'] as const).map((role): CommandSpec => ({
    id: `edit.${role}`,
    scope: 'native',
    shortcut: key({ cut: 'KeyX', copy: 'KeyC', paste: 'KeyV', selectAll: 'KeyA' }[role]),
    menu: { menu: 'edit', group: 2 },
    electronRole: role,
    desktopOnly: true,
  })),
  { id: 'edit.find', scope: 'editor', shortcut: key('KeyF'), menu: { menu: 'edit', group: 3 } },
  {
    id: 'edit.replace',
    scope: 'editor',
    shortcut: key('KeyH'),
    // ⌘H hides the app on a Mac before the page sees it: there it is ⌥⌘F, as in Pages.
    macShortcut: key('KeyF', { alt: true }),
    menu: { menu: 'edit', group: 3 },
  },
  {
    id: 'edit.toggleSuggesting',
    scope: 'app',
    shortcut: key('KeyX', { alt: true, shift: true }),
    menu: { menu: 'edit', group: 4 },
  },
  {
    id: 'edit.comment',
    scope: 'editor',
    shortcut: ctrlAlt('KeyM'),
    menu: { menu: 'edit', group: 4 },
  },
  { id: 'format.bold', scope: 'editor', shortcut: key('KeyB') },
  { id: 'format.italic', scope: 'editor', shortcut: key('KeyI') },
  { id: 'format.underline', scope: 'editor', shortcut: key('KeyU') },
  { id: 'format.strikethrough', scope: 'editor', shortcut: key('KeyX', { shift: true }) },
  { id: 'format.link', scope: 'editor', shortcut: key('KeyK') },
  { id: 'format.paragraph', scope: 'editor', shortcut: ctrlAlt('Digit0') },
  // The headline is the article's one first-level heading; the body's headings are H2 and H3.
  { id: 'format.heading1', scope: 'app', shortcut: ctrlAlt('Digit1') },
  { id: 'format.heading2', scope: 'editor', shortcut: ctrlAlt('Digit2') },
  { id: 'format.heading3', scope: 'editor', shortcut: ctrlAlt('Digit3') },
  { id: 'format.numberedList', scope: 'editor', shortcut: key('Digit7', { shift: true }) },
  { id: 'format.bulletedList', scope: 'editor', shortcut: key('Digit8', { shift: true }) },
  { id: 'format.direction', scope: 'editor', shortcut: key('KeyL', { shift: true }) },
  { id: 'view.history', scope: 'app', menu: { menu: 'view', group: 1 } },
  { id: 'view.preview', scope: 'app', menu: { menu: 'view', group: 1 } },
  { id: 'view.style', scope: 'app', menu: { menu: 'view', group: 1 } },
  { id: 'view.suggestions', scope: 'app', menu: { menu: 'view', group: 1 } },
  { id: 'view.comments', scope: 'app', menu: { menu: 'view', group: 1 } },
  { id: 'view.publish', scope: 'app', menu: { menu: 'view', group: 1 } },
  { id: 'view.toggleNightMode', scope: 'app', menu: { menu: 'view', group: 3 } },
  { id: 'help.shortcuts', scope: 'app', shortcut: key('Slash'), menu: { menu: 'help', group: 1 } },
  {
    id: 'help.openLogsFolder',
    scope: 'app',
    menu: { menu: 'help', group: 1 },
    desktopOnly: true,
  },
];

const BY_ID = new Map(COMMANDS.map((command) => [command.id, command]));

export function commandSpec(id: CommandId): CommandSpec {
  return BY_ID.get(id)!;
}

export function isCommandId(value: string): value is CommandId {
  return BY_ID.has(value as CommandId);
}

export type ShortcutPlatform = 'mac' | 'other';

/** The keys shown and matched for a command: the desktop app's, or browser mode's when it differs. */
export function shortcutFor(
  command: CommandSpec,
  platform: ShortcutPlatform,
  inBrowser: boolean,
): KeyChord | undefined {
  if (inBrowser && command.browserShortcut) return command.browserShortcut;
  return (platform === 'mac' && command.macShortcut) || command.shortcut;
}

/** The commands of one menu, in order, grouped; each group in the table's order. */
export function menuGroups(menu: MenuName, inBrowser: boolean): CommandSpec[][] {
  const groups = new Map<number, CommandSpec[]>();
  for (const command of COMMANDS) {
    if (command.menu?.menu !== menu || (inBrowser && command.desktopOnly)) continue;
    const group = groups.get(command.menu.group) ?? [];
    group.push(command);
    groups.set(command.menu.group, group);
  }
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([, commands]) => commands);
}

export const MENU_NAMES: readonly MenuName[] = ['file', 'edit', 'view', 'help'];
