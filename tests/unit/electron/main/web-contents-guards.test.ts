// The guards wired to Electron's events, with Electron replaced by stand-ins that copy its
// documented behaviour (electron/main/test-support/web-contents-stand-in.ts): every
// webContents gets the navigation, redirect, new-window and <webview> guards, and the
// session both permission handlers, each applying the pure policies.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  permissionSessionStandIn,
  WebContentsStandIn,
} from '../../../../electron/main/test-support/web-contents-stand-in.ts';

const electron = await vi.hoisted(async () => {
  const { appAndShellStandIn } =
    await import('../../../../electron/main/test-support/web-contents-stand-in.ts');
  return appAndShellStandIn();
});

vi.mock('electron', () => ({ app: electron.app, shell: electron.shell }));

const { guardAllWebContents, guardPermissions } =
  await import('../../../../electron/main/web-contents-guards.ts');

describe('the guards on every webContents', () => {
  const contents = new WebContentsStandIn();
  const warnings: string[] = [];

  beforeAll(() => {
    guardAllWebContents((message) => warnings.push(message));
    electron.createWebContents(contents);
  });

  it('cancel navigation away from the app, and let the app move within itself', () => {
    for (const url of [
      'https://example.com/',
      'file:///etc/passwd',
      'app://evil/index.html',
      'javascript:alert(1)',
    ]) {
      expect(contents.navigate('will-navigate', url), url).toBe(true);
    }
    expect(contents.navigate('will-navigate', 'app://midad/index.html#draft')).toBe(false);
    expect(warnings.length).toBeGreaterThan(0);
  });

  it('cancel a redirect that leaves the app', () => {
    expect(contents.navigate('will-redirect', 'https://attacker.example/')).toBe(true);
    expect(contents.navigate('will-redirect', 'app://midad/index.html')).toBe(false);
  });

  it('deny every new window, handing only safe web links to the system browser', () => {
    electron.openedExternally.length = 0;
    for (const url of [
      'https://example.com/story',
      'file:///etc/passwd',
      'smb://server/share',
      'http://user:pw@example.com/',
      'app://midad/index.html',
    ]) {
      expect(contents.openWindow(url)).toEqual({ action: 'deny' });
    }
    expect(electron.openedExternally).toEqual(['https://example.com/story']);
  });

  it('refuse to attach any <webview>', () => {
    expect(contents.attachWebview()).toBe(true);
  });
});

describe('the permission handlers of the session', () => {
  const permissions = permissionSessionStandIn();

  beforeAll(() => guardPermissions(permissions.session));

  it('both exist: the request handler and the check handler', () => {
    expect(permissions.hasHandlers()).toBe(true);
  });

  it('refuse requests for anything but the app copying to the clipboard and notifying', () => {
    for (const permission of ['media', 'geolocation', 'openExternal', 'clipboard-read'] as const) {
      expect(permissions.request(permission, 'app://midad/index.html'), permission).toBe(false);
    }
    expect(permissions.request('clipboard-sanitized-write', 'app://midad/index.html')).toBe(true);
    expect(permissions.request('clipboard-sanitized-write', 'https://example.com/')).toBe(false);
    // Without a requesting URL, the webContents' own page decides.
    expect(permissions.request('clipboard-sanitized-write')).toBe(true);
    expect(
      permissions.request(
        'clipboard-sanitized-write',
        undefined,
        new WebContentsStandIn('https://example.com/'),
      ),
    ).toBe(false);
  });

  it('answer permission checks with the same policy', () => {
    expect(permissions.check('geolocation', 'app://midad')).toBe(false);
    expect(permissions.check('notifications', 'app://midad')).toBe(true);
    expect(permissions.check('notifications', 'https://example.com')).toBe(false);
    expect(permissions.check('clipboard-sanitized-write', 'app://midad')).toBe(true);
    expect(permissions.check('clipboard-sanitized-write', 'https://example.com')).toBe(false);
  });
});
