// A stand-in for Electron's ipcMain and its invoke events in unit tests, typed by
// electron.d.ts (`satisfies`), carrying only what ipc.ts reads.
import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';

type InvokeListener = Parameters<IpcMain['handle']>[1];

/**
 * ipcMain.handle keeps one listener per channel, and invoke() answers with what it returns
 * (https://www.electronjs.org/docs/latest/api/ipc-main#ipcmainhandlechannel-listener).
 */
export function ipcMainStandIn() {
  const listeners = new Map<string, InvokeListener>();
  const ipcMain = {
    handle(channel: string, listener: InvokeListener): void {
      listeners.set(channel, listener);
    },
  } satisfies Pick<IpcMain, 'handle'>;
  /** What the renderer's ipcRenderer.invoke(channel, ...args) makes ipcMain do. */
  const invoke = (
    channel: string,
    event: InvokeEventStandIn,
    ...args: unknown[]
  ): Promise<unknown> => {
    const listener = listeners.get(channel);
    if (!listener) return Promise.reject(new Error(`No handler registered for '${channel}'`));
    // The one place the partial event stands for a whole one: ipc.ts reads only the parts it has.
    return Promise.resolve(listener(event as unknown as IpcMainInvokeEvent, ...args));
  };
  return { ipcMain, channels: () => [...listeners.keys()], invoke };
}

export type InvokeEventStandIn = ReturnType<typeof invokeEventStandIn>;

export interface SenderFrame {
  url: string;
  isMainFrame: boolean;
  destroyed?: boolean;
}

/**
 * The parts of an invoke event ipc.ts reads: `sender.id`, and `senderFrame`, which is null
 * once the frame has navigated or been destroyed, and whose `parent` is null for a main
 * frame (https://www.electronjs.org/docs/latest/api/structures/ipc-main-invoke-event,
 * https://www.electronjs.org/docs/latest/api/web-frame-main#instance-properties).
 */
export function invokeEventStandIn(
  webContentsId: number,
  frame: SenderFrame | null,
  pageUrl = frame?.url ?? 'app://midad/index.html',
) {
  const senderFrame =
    frame &&
    ({
      url: frame.url,
      // Only whether there is a parent is read; a subframe's parent is another frame.
      parent: frame.isMainFrame ? null : ({ url: 'app://midad/index.html' } as WebFrameMain),
      isDestroyed: () => frame.destroyed === true,
    } satisfies Pick<WebFrameMain, 'url' | 'parent' | 'isDestroyed'>);
  // `sender.getURL()` is what the window shows now, even after the sending frame is gone.
  return { sender: { id: webContentsId, getURL: () => pageUrl }, senderFrame } satisfies {
    sender: Pick<IpcMainInvokeEvent['sender'], 'id' | 'getURL'>;
    senderFrame: Pick<WebFrameMain, 'url' | 'parent' | 'isDestroyed'> | null;
  };
}
