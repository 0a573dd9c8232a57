import { describe, expect, it } from 'vitest';
import { isTrustedIpcSender } from '../../../../electron/main/ipc-sender-policy.ts';

const ourWindow = new Set([7]);
const mainFrame = (url: string) => ({ url, isMainFrame: true });
const APP_PAGE = 'app://midad/index.html';
const from = (
  frame: { url: string; isMainFrame: boolean } | null,
  webContentsId = 7,
  pageUrl = APP_PAGE,
) => ({ webContentsId, pageUrl, frame });

describe('who may call the host over IPC', () => {
  it("accepts the main frame of the app's own window", () => {
    expect(isTrustedIpcSender(from(mainFrame(APP_PAGE)), ourWindow, 'drafts.list')).toBe(true);
  });

  it('refuses a subframe, even one showing the app', () => {
    const frame = { url: 'app://midad/index.html', isMainFrame: false };
    expect(isTrustedIpcSender(from(frame), ourWindow, 'drafts.list')).toBe(false);
  });

  it('refuses our window once it shows another origin', () => {
    for (const url of [
      'https://example.com/',
      'file:///tmp/x.html',
      'app://other/index.html',
      'about:blank',
    ]) {
      expect(isTrustedIpcSender(from(mainFrame(url)), ourWindow, 'drafts.list')).toBe(false);
    }
  });

  it('refuses a frame that is gone, for everything but the last autosave', () => {
    expect(isTrustedIpcSender(from(null), ourWindow, 'drafts.list')).toBe(false);
    expect(isTrustedIpcSender(from(null), ourWindow, 'sites.add')).toBe(false);
  });

  it('takes the last autosave of a page whose frame is gone as the window reloads, from our window only', () => {
    // https://www.electronjs.org/docs/latest/api/structures/ipc-main-invoke-event: senderFrame
    // "May be null if accessed after the frame has either navigated or been destroyed."
    expect(isTrustedIpcSender(from(null), ourWindow, 'drafts.save')).toBe(true);
    expect(isTrustedIpcSender(from(null, 8), ourWindow, 'drafts.save')).toBe(false);
    expect(
      isTrustedIpcSender(from(null, 7, 'https://attacker.example/'), ourWindow, 'drafts.save'),
    ).toBe(false);
  });

  it('refuses any other webContents, whatever it shows', () => {
    expect(isTrustedIpcSender(from(mainFrame(APP_PAGE), 8), ourWindow, 'drafts.list')).toBe(false);
  });
});
