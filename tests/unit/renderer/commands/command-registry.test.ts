import { describe, expect, it } from 'vitest';
import {
  hasCommand,
  registerCommand,
  runCommand,
  runWhenRegistered,
  subscribeCommands,
} from '../../../../renderer/commands/command-registry.ts';

describe('the command registry', () => {
  it('runs nothing, and says so, for a command no screen handles (night mode before its helper)', () => {
    expect(hasCommand('view.toggleNightMode')).toBe(false);
    expect(runCommand('view.toggleNightMode')).toBe(false);
  });

  it('runs the latest handler, and the one before again once it leaves', () => {
    const ran: string[] = [];
    const stopShell = registerCommand('file.importDocx', () => ran.push('shell'));
    const stopLibrary = registerCommand('file.importDocx', () => ran.push('library'));
    runCommand('file.importDocx');
    stopLibrary();
    runCommand('file.importDocx');
    stopShell();
    expect(runCommand('file.importDocx')).toBe(false);
    expect(ran).toEqual(['library', 'shell']);
  });

  it('runs a command asked for before its screen was there as soon as that screen registers', () => {
    const ran: string[] = [];
    runWhenRegistered('file.importMidad');
    const stop = registerCommand('file.importMidad', () => ran.push('picker'));
    expect(ran).toEqual(['picker']);
    // Once only: the next screen to register it does not run it again.
    const again = registerCommand('file.importMidad', () => ran.push('again'));
    expect(ran).toEqual(['picker']);
    again();
    stop();
  });

  it('tells its subscribers when what can run changes, for the menu button', () => {
    let changes = 0;
    const unsubscribe = subscribeCommands(() => (changes += 1));
    const stop = registerCommand('view.toggleNightMode', () => undefined);
    expect(hasCommand('view.toggleNightMode')).toBe(true);
    stop();
    unsubscribe();
    expect(changes).toBe(2);
  });
});
