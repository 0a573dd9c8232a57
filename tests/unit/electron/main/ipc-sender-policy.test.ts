import { describe, expect, it } from 'vitest';
import { isTrustedIpcSender } from '../../../../electron/main/ipc-sender-policy.ts';

const ourWindow = new Set([7]);
const mainFrame = (url: string) => ({ url, isMainFrame: true });

describe('who may call the host over IPC', () => {
  it("accepts the main frame of the app's own window", () => {
    expect(isTrustedIpcSender({ webContentsId: 7, frame: mainFrame('app://midad/index.html') }, ourWindow)).toBe(true);
  });

  it('refuses a subframe, even one showing the app', () => {
    const frame = { url: 'app://midad/index.html', isMainFrame: false };
    expect(isTrustedIpcSender({ webContentsId: 7, frame }, ourWindow)).toBe(false);
  });

  it('refuses our window once it shows another origin', () => {
    for (const url of ['https://example.com/', 'file:///tmp/x.html', 'app://other/index.html', 'about:blank']) {
      expect(isTrustedIpcSender({ webContentsId: 7, frame: mainFrame(url) }, ourWindow)).toBe(false);
    }
  });

  it('refuses a frame that is gone', () => {
    expect(isTrustedIpcSender({ webContentsId: 7, frame: null }, ourWindow)).toBe(false);
  });

  it('refuses any other webContents, whatever it shows', () => {
    expect(isTrustedIpcSender({ webContentsId: 8, frame: mainFrame('app://midad/index.html') }, ourWindow)).toBe(false);
  });
});
