// The desktop window, proven in a real Electron: sandboxed and isolated, served from
// app://midad with a CSP, exposing only the contract, keeping its navigation to itself.
import { expect, test } from '@playwright/test';
import { listMethods } from '../../electron/contract/index.ts';
import { useMidadApp } from './electron-app.ts';

type Transport = Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>;

test.describe('the desktop window', () => {
  const midad = useMidadApp();

  test('is sandboxed and context-isolated, with no Node.js in the page', async () => {
    const preferences = await midad().app.evaluate(({ BrowserWindow }) => {
      const window = BrowserWindow.getAllWindows()[0];
      // Present at run time though missing from electron.d.ts.
      const contents = window?.webContents as unknown as {
        getLastWebPreferences(): Record<string, unknown>;
      };
      return contents.getLastWebPreferences();
    });
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    const globals = await midad().window.evaluate(() =>
      ['require', 'process', 'module', 'Buffer', 'ipcRenderer', 'electron'].filter(
        (name) => name in globalThis,
      ),
    );
    expect(globals).toEqual([]);
  });

  test('shows the app from app://midad with a Content-Security-Policy header', async () => {
    expect(midad().window.url()).toMatch(/^app:\/\/midad\//);
    const csp = await midad().window.evaluate(async () =>
      (await fetch(location.href)).headers.get('content-security-policy'),
    );
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
  });

  test("exposes exactly the contract's methods as window.midad, and no ipcRenderer", async () => {
    const exposed = await midad().window.evaluate(() => {
      const transport = (window as unknown as { midad: Transport }).midad;
      return Object.entries(transport).flatMap(([namespace, group]) =>
        Object.keys(group).map((methodKey) => `${namespace}.${methodKey}`),
      );
    });
    // Beside the methods, only the subscription to the host's events.
    expect(exposed.sort()).toEqual(
      [...listMethods().map(({ name }) => name), 'events.subscribe'].sort(),
    );
  });

  test("brings the host's events to the window, and stops when unsubscribed", async () => {
    const heard = await midad().window.evaluate(async () => {
      type Subscribe = (listener: (event: unknown) => void) => () => void;
      const transport = (
        window as unknown as {
          midad: { events: { subscribe: Subscribe }; drafts: Transport[string] };
        }
      ).midad;
      const events: unknown[] = [];
      const unsubscribe = transport.events.subscribe((event) => events.push(event));
      const created = (await transport.drafts.create!()) as { ok: true; value: { id: string } };
      unsubscribe();
      await transport.drafts.trash!(created.value.id);
      return { events, id: created.value.id };
    });
    expect(heard.events).toEqual([
      { name: 'drafts.changed', payload: { draftId: heard.id, change: 'created' } },
    ]);
  });

  test('answers contract calls over IPC, validating their arguments', async () => {
    const [info, invalid] = await midad().window.evaluate(async () => {
      const transport = (window as unknown as { midad: Transport }).midad;
      return [await transport.app!.getInfo!(), await transport.settings!.set!({ language: 'fr' })];
    });
    expect(info).toMatchObject({ ok: true, value: { mode: 'desktop', dataDir: midad().dataDir } });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'contract.invalid_arguments' } });
  });

  test('denies window.open and hands only web links to the system browser', async () => {
    await midad().app.evaluate(({ shell }) => {
      const opened: string[] = [];
      (globalThis as { openedExternally?: string[] }).openedExternally = opened;
      shell.openExternal = async (url: string) => {
        opened.push(url);
      };
    });
    const results = await midad().window.evaluate(() =>
      [
        'https://example.com/story',
        'file:///etc/passwd',
        'javascript:alert(1)',
        'app://midad/index.html',
      ].map((url) => window.open(url)),
    );
    expect(results).toEqual([null, null, null, null]);
    await expect
      .poll(() =>
        midad().app.evaluate(
          () => (globalThis as { openedExternally?: string[] }).openedExternally,
        ),
      )
      .toEqual(['https://example.com/story']);
    expect(midad().app.windows()).toHaveLength(1);
  });

  test('cancels navigation away from the app', async () => {
    const before = midad().window.url();
    for (const url of ['https://example.com/', 'file:///etc/passwd']) {
      await midad().window.evaluate((target) => {
        location.href = target;
      }, url);
      await midad().window.waitForTimeout(300);
      expect(midad().window.url()).toBe(before);
    }
  });

  test('refuses web permissions such as geolocation, and grants the app its notifications', async () => {
    const geolocation = await midad().window.evaluate(() =>
      navigator.permissions.query({ name: 'geolocation' }).then((status) => status.state),
    );
    expect(geolocation).toBe('denied');
    const notifications = await midad().window.evaluate(() => Notification.requestPermission());
    expect(notifications).toBe('granted');
  });

  test('shows its menu in Arabic, and in English once the language setting changes', async () => {
    const menuLabels = () =>
      midad().app.evaluate(
        ({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label) ?? [],
      );
    expect(await menuLabels()).toContain('تحرير');
    await midad().window.evaluate(async () => {
      await (window as unknown as { midad: Transport }).midad.settings!.set!({ language: 'en' });
    });
    await expect.poll(menuLabels).toContain('Edit');
  });

  test('runs a menu command in the window: Help ▸ Keyboard Shortcuts opens the sheet', async () => {
    await midad().app.evaluate(({ Menu, BrowserWindow }) => {
      const item = Menu.getApplicationMenu()?.getMenuItemById('help.shortcuts');
      const window = BrowserWindow.getAllWindows()[0];
      // click(event, focusedWindow, focusedWebContents), as Electron calls it.
      item?.click(undefined, window, window?.webContents);
    });
    await expect(midad().window.getByTestId('shortcuts-sheet')).toBeVisible();
  });
});
