// Who may call the host over IPC: only the top frame of our own window, showing our own
// origin. Anything else (a subframe, a navigated-away page, another webContents) is refused.
import type { MethodName } from '../contract/index.ts';
import { isAppUrl } from './app-origin.ts';

export interface IpcSender {
  /** `event.sender.id`. */
  webContentsId: number;
  /** `event.sender.getURL()`: what the window shows now. */
  pageUrl: string;
  /** `event.senderFrame`, which Electron leaves null once the frame is gone. */
  frame: { url: string; isMainFrame: boolean } | null;
}

/**
 * The call a page makes as it goes: the last autosave, sent on pagehide. When the window
 * reloads (a .midad opened from the system) the old page's frame can be gone before the
 * call is read, and its words would be lost. Only a main frame runs the preload
 * (nodeIntegrationInSubFrames is off) and the window only ever shows the app
 * (navigation-policy.ts), so a call from our window with no frame left came from an
 * earlier page of the app itself: this one method is taken from it, nothing else.
 */
const CALLS_FROM_A_LEAVING_PAGE: ReadonlySet<string> = new Set<MethodName>(['drafts.save']);

export function isTrustedIpcSender(
  sender: IpcSender,
  appWebContentsIds: ReadonlySet<number>,
  methodName: string,
): boolean {
  if (!appWebContentsIds.has(sender.webContentsId)) return false;
  if (!sender.frame) return CALLS_FROM_A_LEAVING_PAGE.has(methodName) && isAppUrl(sender.pageUrl);
  if (!sender.frame.isMainFrame) return false;
  return isAppUrl(sender.frame.url);
}
