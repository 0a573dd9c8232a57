// The keys of the table's app-wide commands (Ctrl+S, Ctrl+N, Ctrl+/…) wherever the focus
// is, and the desktop menu's choices (the host's app.command event). The editor's own
// commands are matched by the editor (KeyboardShortcutsPlugin), only with the caret in it.
import { useEffect } from 'react';
import { COMMANDS, type CommandSpec } from '../../common/commands/command-table.ts';
import { matchesChord, type KeyPress } from '../../common/commands/shortcut-keys.ts';
import { onHostEvent } from '../bridge.ts';
import { hasCommand, runCommand } from './command-registry.ts';
import { chordOf, IN_BROWSER, SHORTCUT_PLATFORM } from './shortcut-platform.ts';

/** The command of this scope whose keys (or a silent alias) are the press. */
export function commandForKeys(
  press: KeyPress,
  scope: CommandSpec['scope'],
): CommandSpec | undefined {
  return COMMANDS.find((command) => {
    if (command.scope !== scope) return false;
    const chord = chordOf(command.id);
    if (chord && matchesChord(press, chord, SHORTCUT_PLATFORM)) return true;
    return (command.aliases ?? []).some((alias) => matchesChord(press, alias, SHORTCUT_PLATFORM));
  });
}

export function useCommandKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const command = commandForKeys(event, 'app');
      // A command nobody runs now leaves its keys to the page (and the browser); a key
      // held down runs it once (one save, one new draft), its repeats only kept from the browser.
      if (!command || !hasCommand(command.id)) return;
      event.preventDefault();
      if (!event.repeat) runCommand(command.id);
    };
    window.addEventListener('keydown', onKeyDown);
    const stopMenu = IN_BROWSER
      ? () => undefined
      : onHostEvent('app.command', ({ commandId }) => void runCommand(commandId));
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      stopMenu();
    };
  }, []);
}
