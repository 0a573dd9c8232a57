// One IPC handler per contract method, derived from the contract: the sender is checked
// first (ipc-sender-policy.ts), then the dispatcher validates the arguments.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNEL_PREFIX, listMethods, type Envelope } from '../contract/index.ts';
import type { Dispatch } from '../host/dispatcher.ts';
import { isTrustedIpcSender } from './ipc-sender-policy.ts';

export function registerIpc(
  dispatch: Dispatch,
  appWebContentsIds: ReadonlySet<number>,
  logWarning: (message: string) => void,
): void {
  for (const { name } of listMethods()) {
    ipcMain.handle(IPC_CHANNEL_PREFIX + name, async (event, args: unknown): Promise<Envelope> => {
      if (!isTrustedIpcSender(describeSender(event), appWebContentsIds, name)) {
        logWarning(`refused IPC call ${name} from an untrusted sender`);
        // A rejection, not an Envelope: an untrusted caller learns nothing about the host.
        throw new Error('Untrusted sender');
      }
      return dispatch(name, args);
    });
  }
}

function describeSender(event: IpcMainInvokeEvent) {
  const frame = event.senderFrame;
  return {
    webContentsId: event.sender.id,
    pageUrl: event.sender.getURL(),
    frame:
      frame && !frame.isDestroyed() ? { url: frame.url, isMainFrame: frame.parent === null } : null,
  };
}
