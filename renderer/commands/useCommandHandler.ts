// A component's handler for one command of the table, registered while it is mounted (and
// `enabled`). Always calls the component's latest `handler`, so it needs no memoising.
import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { CommandId } from '../../common/commands/command-table.ts';
import {
  commandsVersion,
  hasCommand,
  registerCommand,
  subscribeCommands,
} from './command-registry.ts';

export function useCommandHandler(id: CommandId, handler: () => void, enabled = true): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    if (!enabled) return undefined;
    return registerCommand(id, () => latest.current());
  }, [id, enabled]);
}

/** Handlers for several commands at once (a list of formats, of panels), registered together. */
export function useCommandHandlers(
  handlers: readonly (readonly [CommandId, () => void])[],
  enabled = true,
): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  const ids = handlers.map(([id]) => id).join(' ');
  useEffect(() => {
    if (!enabled) return undefined;
    const unregister = latest.current.map(([id], index) =>
      registerCommand(id, () => latest.current[index]?.[1]()),
    );
    return () => unregister.forEach((stop) => stop());
  }, [ids, enabled]);
}

/** Answers whether `id` can run now, and re-renders when that changes. */
export function useHasCommand(): (id: CommandId) => boolean {
  useSyncExternalStore(subscribeCommands, commandsVersion);
  return hasCommand;
}
