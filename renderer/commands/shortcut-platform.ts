// Where this page runs, for the command table: macOS or not (⌘ or Ctrl), and the desktop app
// or browser mode (where Chromium keeps some keys, Ctrl+N, for itself).
import {
  commandSpec,
  shortcutFor,
  type CommandId,
  type KeyChord,
  type ShortcutPlatform,
} from '../../common/commands/command-table.ts';
import { shortcutText } from '../../common/commands/shortcut-keys.ts';

export const SHORTCUT_PLATFORM: ShortcutPlatform = /Mac|iPhone|iPad/u.test(navigator.platform)
  ? 'mac'
  : 'other';

/** Browser mode: no preload put window.midad in the page. */
export const IN_BROWSER = !window.midad;

/** The keys of `id` here, if it has any. */
export function chordOf(id: CommandId): KeyChord | undefined {
  return shortcutFor(commandSpec(id), SHORTCUT_PLATFORM, IN_BROWSER);
}

/** "⌘B" on a Mac, "Ctrl+B" elsewhere; empty for a command without keys. */
export function keysOf(id: CommandId): string {
  const chord = chordOf(id);
  return chord ? shortcutText(chord, SHORTCUT_PLATFORM) : '';
}

/** A tooltip: the label with the command's keys, "Bold (Ctrl+B)". */
export function withKeys(label: string, id: CommandId): string {
  const keys = keysOf(id);
  return keys ? `${label} (${keys})` : label;
}
