// The keys of the table's app-wide commands (Ctrl+S, Ctrl+N, Ctrl+/…) wherever the focus
// is, and the desktop menu's choices (the host's app.command event). The editor's own
// commands are matched by the editor (KeyboardShortcutsPlugin), only with the caret in it.
import { useEffect } from 'react';
import { COMMANDS, type CommandSpec, type KeyChord } from '../../common/commands/command-table.ts';
import { matchesChord, type KeyPress } from '../../common/commands/shortcut-keys.ts';
import { onHostEvent } from '../bridge.ts';
import { hasCommand, runCommand } from './command-registry.ts';
import { chordOf, IN_BROWSER, SHORTCUT_PLATFORM } from './shortcut-platform.ts';

/** The commands of each scope with a key, by physical key code: the first one a press could be. */
type ChordsByCode = Map<string, { command: CommandSpec; chord: KeyChord }[]>;
let chordsByScope: Map<CommandSpec['scope'], ChordsByCode> | null = null;

// Every keystroke of the writer passes here twice (the app's keys and the editor's): looked up
// by the key's code, a letter typed meets the few commands on that key, not the whole table.
function chordIndex(): Map<CommandSpec['scope'], ChordsByCode> {
  const index = new Map<CommandSpec['scope'], ChordsByCode>();
  for (const command of COMMANDS) {
    const main = chordOf(command.id);
    for (const chord of [...(main ? [main] : []), ...(command.aliases ?? [])]) {
      let byCode = index.get(command.scope);
      if (!byCode) index.set(command.scope, (byCode = new Map()));
      const onKey = byCode.get(chord.code) ?? [];
      onKey.push({ command, chord });
      byCode.set(chord.code, onKey);
    }
  }
  return index;
}

/** The command of this scope whose keys (or a silent alias) are the press. */
export function commandForKeys(
  press: KeyPress,
  scope: CommandSpec['scope'],
): CommandSpec | undefined {
  chordsByScope ??= chordIndex();
  const onKey = chordsByScope.get(scope)?.get(press.code);
  return onKey?.find(({ chord }) => matchesChord(press, chord, SHORTCUT_PLATFORM))?.command;
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
