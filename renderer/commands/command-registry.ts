// Who runs each command of the table (common/commands/command-table.ts) right now. A screen
// registers a handler while it is shown; the latest registered wins and the one before
// comes back when it leaves (the library's import over the shell's "go to the library").
// The keys, the desktop menu and browser mode's menu button all run commands through here.
import type { CommandId } from '../../common/commands/command-table.ts';

type Handler = () => void;

const handlers = new Map<CommandId, Handler[]>();
const listeners = new Set<() => void>();
/** Bumped on every change, for useSyncExternalStore. */
let version = 0;
/** A command asked for before its screen was there to run it (see runWhenRegistered). */
let pending: CommandId | null = null;

function changed(): void {
  version += 1;
  for (const listener of [...listeners]) listener();
}

/** Makes `handler` run `id` until the answer is called. */
export function registerCommand(id: CommandId, handler: Handler): () => void {
  const stack = handlers.get(id) ?? [];
  stack.push(handler);
  handlers.set(id, stack);
  changed();
  if (pending === id) {
    pending = null;
    handler();
  }
  return () => {
    const current = handlers.get(id) ?? [];
    const index = current.lastIndexOf(handler);
    if (index >= 0) current.splice(index, 1);
    if (current.length === 0) handlers.delete(id);
    changed();
  };
}

/** Runs the command; false when nothing can run it now (night mode without its handler). */
export function runCommand(id: CommandId): boolean {
  const handler = handlers.get(id)?.at(-1);
  if (!handler) return false;
  handler();
  return true;
}

/**
 * Runs `id` as soon as a new handler for it is registered: a screen that is loading (the
 * library, asked for its import) runs it once it is on screen.
 */
export function runWhenRegistered(id: CommandId): void {
  pending = id;
}

export function hasCommand(id: CommandId): boolean {
  return handlers.has(id);
}

export function subscribeCommands(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export function commandsVersion(): number {
  return version;
}
