// A chord of the command table three ways: as people read it ("⌘B" on macOS, "Ctrl+B"
// elsewhere), as Electron's menu wants it ("Command+B"), and matched against a key press.
import type { KeyChord, ShortcutPlatform } from './command-table.ts';

const KEY_NAMES: Record<string, string> = {
  Slash: '/',
  Period: '.',
  Comma: ',',
  Enter: 'Enter',
  Escape: 'Esc',
};

/** The printed key of a physical key code: 'KeyB' → 'B', 'Digit7' → '7'. */
function keyName(code: string): string {
  if (/^Key[A-Z]$/u.test(code)) return code.slice(3);
  if (/^Digit[0-9]$/u.test(code)) return code.slice(5);
  return KEY_NAMES[code] ?? code;
}

/** "⌥⇧⌘X" on macOS (Apple's order), "Ctrl+Alt+Shift+X" elsewhere. */
export function shortcutText(chord: KeyChord, platform: ShortcutPlatform): string {
  const primary = chord.primary ?? true;
  if (platform === 'mac') {
    return `${chord.alt ? '⌥' : ''}${chord.shift ? '⇧' : ''}${primary ? '⌘' : ''}${keyName(chord.code)}`;
  }
  const parts = [
    ...(primary ? ['Ctrl'] : []),
    ...(chord.alt ? ['Alt'] : []),
    ...(chord.shift ? ['Shift'] : []),
    keyName(chord.code),
  ];
  return parts.join('+');
}

/** Electron's accelerator for the chord ("Command+Alt+2", "Ctrl+Shift+7"). */
export function electronAccelerator(chord: KeyChord, platform: ShortcutPlatform): string {
  const parts = [
    ...((chord.primary ?? true) ? [platform === 'mac' ? 'Command' : 'Ctrl'] : []),
    ...(chord.alt ? ['Alt'] : []),
    ...(chord.shift ? ['Shift'] : []),
    keyName(chord.code),
  ];
  return parts.join('+');
}

/** What of a key press the match reads (a KeyboardEvent has all of it). */
export interface KeyPress {
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/**
 * True when the press is the chord: ⌘ without Ctrl on macOS, Ctrl without ⌘ elsewhere, and
 * exactly the chord's Shift and Alt (AltGr arrives as Ctrl+Alt on Windows, so a chord
 * without Alt never answers it).
 */
export function matchesChord(
  press: KeyPress,
  chord: KeyChord,
  platform: ShortcutPlatform,
): boolean {
  const primaryDown =
    platform === 'mac' ? press.metaKey && !press.ctrlKey : press.ctrlKey && !press.metaKey;
  const noPrimary = !press.metaKey && !press.ctrlKey;
  return (
    press.code === chord.code &&
    ((chord.primary ?? true) ? primaryDown : noPrimary) &&
    (chord.shift ?? false) === press.shiftKey &&
    (chord.alt ?? false) === press.altKey
  );
}
