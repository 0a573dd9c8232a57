// Who may call the host over IPC: only the top frame of our own window, showing our own
// origin. Anything else (a subframe, a navigated-away page, another webContents) is refused.
import { isAppUrl } from './app-origin.ts';

export interface IpcSender {
  /** `event.sender.id`. */
  webContentsId: number;
  /** `event.senderFrame`, which Electron leaves null once the frame is gone. */
  frame: { url: string; isMainFrame: boolean } | null;
}

export function isTrustedIpcSender(sender: IpcSender, appWebContentsIds: ReadonlySet<number>): boolean {
  if (!appWebContentsIds.has(sender.webContentsId)) return false;
  if (!sender.frame || !sender.frame.isMainFrame) return false;
  return isAppUrl(sender.frame.url);
}
