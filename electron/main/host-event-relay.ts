// The desktop app's side of the host's events: each one goes to the app's own windows
// (the ids ipc.ts trusts), on the one channel the preload listens to.
import { webContents, type WebContents } from 'electron';
import type { CommandId } from '../../common/commands/command-table.ts';
import { IPC_EVENT_CHANNEL, type HostEvent } from '../contract/index.ts';
import type { HostEventSource } from '../host/host-events.ts';

/** Relays every host event to the app's windows; the answer stops it. */
export function relayHostEvents(
  events: HostEventSource,
  appWebContentsIds: ReadonlySet<number>,
): () => void {
  return events.subscribe((event) => {
    for (const id of appWebContentsIds) {
      const contents = webContents.fromId(id);
      if (contents && !contents.isDestroyed()) contents.send(IPC_EVENT_CHANNEL, event);
    }
  });
}

/** A menu's command goes to one window, the one it was chosen for, not through the bus to all. */
export function sendCommand(contents: WebContents | undefined, commandId: CommandId): void {
  if (!contents || contents.isDestroyed()) return;
  const event: HostEvent = { name: 'app.command', payload: { commandId } };
  contents.send(IPC_EVENT_CHANNEL, event);
}
