// The guards wired to Electron's events, with Electron replaced by a stand-in: every
// webContents gets the navigation, redirect, new-window and <webview> guards, and the
// session both permission handlers, each applying the pure policies.
import { EventEmitter } from 'node:events';
import { beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  appListeners: new Map<string, (...args: unknown[]) => void>(),
  openedExternally: [] as string[],
}));

vi.mock('electron', () => ({
  app: { on: (name: string, listener: (...args: unknown[]) => void) => electron.appListeners.set(name, listener) },
  shell: {
    openExternal: async (url: string) => {
      electron.openedExternally.push(url);
    },
  },
}));

const { guardAllWebContents, guardPermissions } = await import('../../../../electron/main/web-contents-guards.ts');

type WindowOpenHandler = (details: { url: string }) => { action: string };

class FakeWebContents extends EventEmitter {
  windowOpenHandler?: WindowOpenHandler;
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  getURL(): string {
    return 'app://midad/index.html';
  }
}

function cancellable(url = '') {
  return { url, prevented: false, preventDefault() { this.prevented = true; } };
}

describe('the guards on every webContents', () => {
  const contents = new FakeWebContents();
  const warnings: string[] = [];

  beforeAll(() => {
    guardAllWebContents((message) => warnings.push(message));
    electron.appListeners.get('web-contents-created')!({}, contents);
  });

  it('cancel navigation away from the app, and let the app move within itself', () => {
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://evil/index.html', 'javascript:alert(1)']) {
      const event = cancellable(url);
      contents.emit('will-navigate', event);
      expect(event.prevented, url).toBe(true);
    }
    const inside = cancellable('app://midad/index.html#draft');
    contents.emit('will-navigate', inside);
    expect(inside.prevented).toBe(false);
    expect(warnings.length).toBeGreaterThan(0);
  });

  it('cancel a redirect that leaves the app', () => {
    const away = cancellable('https://attacker.example/');
    contents.emit('will-redirect', away);
    expect(away.prevented).toBe(true);
    const inside = cancellable('app://midad/index.html');
    contents.emit('will-redirect', inside);
    expect(inside.prevented).toBe(false);
  });

  it('deny every new window, handing only safe web links to the system browser', () => {
    electron.openedExternally.length = 0;
    for (const url of ['https://example.com/story', 'file:///etc/passwd', 'smb://server/share', 'http://user:pw@example.com/', 'app://midad/index.html']) {
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    }
    expect(electron.openedExternally).toEqual(['https://example.com/story']);
  });

  it('refuse to attach any <webview>', () => {
    const event = cancellable();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.prevented).toBe(true);
  });
});

describe('the permission handlers of the session', () => {
  type RequestHandler = (contents: FakeWebContents, permission: string, callback: (granted: boolean) => void, details: { requestingUrl?: string }) => void;
  type CheckHandler = (contents: FakeWebContents | null, permission: string, requestingOrigin: string) => boolean;
  let requestHandler: RequestHandler | undefined;
  let checkHandler: CheckHandler | undefined;

  beforeAll(() => {
    guardPermissions({
      setPermissionRequestHandler: (handler: RequestHandler) => (requestHandler = handler),
      setPermissionCheckHandler: (handler: CheckHandler) => (checkHandler = handler),
    } as never);
  });

  function request(permission: string, requestingUrl?: string): boolean {
    let granted: boolean | undefined;
    requestHandler!(new FakeWebContents(), permission, (answer) => (granted = answer), { requestingUrl });
    return granted!;
  }

  it('both exist: the request handler and the check handler', () => {
    expect(requestHandler).toBeTypeOf('function');
    expect(checkHandler).toBeTypeOf('function');
  });

  it('refuse requests for anything but the app copying to the clipboard', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      expect(request(permission, 'app://midad/index.html'), permission).toBe(false);
    }
    expect(request('clipboard-sanitized-write', 'app://midad/index.html')).toBe(true);
    expect(request('clipboard-sanitized-write', 'https://example.com/')).toBe(false);
    // Without a requesting URL, the webContents' own page decides.
    expect(request('clipboard-sanitized-write')).toBe(true);
  });

  it('answer permission checks with the same policy', () => {
    expect(checkHandler!(null, 'notifications', 'app://midad')).toBe(false);
    expect(checkHandler!(null, 'clipboard-sanitized-write', 'app://midad')).toBe(true);
    expect(checkHandler!(null, 'clipboard-sanitized-write', 'https://example.com')).toBe(false);
  });
});
