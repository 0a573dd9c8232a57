// Stand-ins for the parts of Electron's webContents, session, app and shell that
// web-contents-guards.ts uses, for unit tests; typed by electron.d.ts (`implements`,
// `satisfies`) so a change of the real API fails the typecheck.
import { EventEmitter } from 'node:events';
import type {
  HandlerDetails,
  PermissionRequest,
  Session,
  Shell,
  WebContents,
  WindowOpenHandlerResponse,
} from 'electron';

type WindowOpenHandler = Parameters<WebContents['setWindowOpenHandler']>[0];
type PermissionRequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>;
type PermissionCheckHandler = NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>;
export type Permission = Parameters<PermissionRequestHandler>[1];

/** A navigation event as webContents emits it: cancelled by preventDefault (Electron.Event). */
function cancellableEvent(url: string) {
  const event = {
    url,
    defaultPrevented: false as boolean,
    preventDefault(): void {
      event.defaultPrevented = true;
    },
  } satisfies Pick<Electron.Event<{ url: string }>, 'url' | 'preventDefault' | 'defaultPrevented'>;
  return event;
}

/**
 * A webContents showing `pageUrl`. Copies Electron's documented behaviour:
 * 'will-navigate' and 'will-redirect' are cancelled by event.preventDefault()
 * (https://www.electronjs.org/docs/latest/api/web-contents#event-will-navigate);
 * window.open() asks the handler given to setWindowOpenHandler, with HandlerDetails,
 * and opens nothing on { action: 'deny' }
 * (https://www.electronjs.org/docs/latest/api/web-contents#contentssetwindowopenhandlerhandler);
 * 'will-attach-webview' is cancelled the same way
 * (https://www.electronjs.org/docs/latest/api/web-contents#event-will-attach-webview).
 */
export class WebContentsStandIn
  extends EventEmitter
  implements Pick<WebContents, 'setWindowOpenHandler' | 'getURL'>
{
  #windowOpenHandler: WindowOpenHandler | undefined;

  constructor(readonly pageUrl = 'app://midad/index.html') {
    super();
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.#windowOpenHandler = handler;
  }

  getURL(): string {
    return this.pageUrl;
  }

  /** The page calls window.open(url): the handler's answer (Electron allows it when no handler is set). */
  openWindow(url: string): WindowOpenHandlerResponse {
    const details: HandlerDetails = {
      url,
      frameName: '',
      features: '',
      disposition: 'new-window',
      referrer: { url: this.pageUrl, policy: 'strict-origin-when-cross-origin' },
    };
    return this.#windowOpenHandler ? this.#windowOpenHandler(details) : { action: 'allow' };
  }

  /** The page starts navigating (or is redirected) to `url`: whether a listener cancelled it. */
  navigate(kind: 'will-navigate' | 'will-redirect', url: string): boolean {
    const event = cancellableEvent(url);
    this.emit(kind, event, url);
    return event.defaultPrevented;
  }

  /** The page adds a <webview>: whether a listener cancelled it. */
  attachWebview(): boolean {
    const event = cancellableEvent('');
    this.emit('will-attach-webview', event, {}, {});
    return event.defaultPrevented;
  }
}

/**
 * session.setPermissionRequestHandler / setPermissionCheckHandler: the last handler given
 * answers every request (through its callback) and every check (by its return value)
 * (https://www.electronjs.org/docs/latest/api/session#sessetpermissionrequesthandlerhandler).
 */
export function permissionSessionStandIn() {
  let requestHandler: PermissionRequestHandler | null = null;
  let checkHandler: PermissionCheckHandler | null = null;
  const session = {
    setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
      requestHandler = handler;
    },
    setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
      checkHandler = handler;
    },
  } satisfies Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;
  return {
    session,
    hasHandlers: () => requestHandler !== null && checkHandler !== null,
    /** A page asks for `permission`; without a handler Electron grants it. */
    request(
      permission: Permission,
      requestingUrl?: string,
      contents = new WebContentsStandIn(),
    ): boolean {
      if (!requestHandler) return true;
      let granted = false;
      // Electron 45 types requestingUrl as always present; the guard still falls back to the page's URL without it.
      const details = { isMainFrame: true, requestingUrl } as PermissionRequest;
      // The one place the stand-in passes for a whole webContents: the guard reads only getURL().
      requestHandler(
        contents as unknown as WebContents,
        permission,
        (answer) => (granted = answer),
        details,
      );
      return granted;
    },
    check(permission: Permission, requestingOrigin: string): boolean {
      return checkHandler
        ? checkHandler(null, permission, requestingOrigin, { isMainFrame: true })
        : true;
    },
  };
}

/**
 * app.on('web-contents-created') hands every new webContents to its listeners
 * (https://www.electronjs.org/docs/latest/api/app#event-web-contents-created); shell.openExternal
 * opens a URL in the system's browser (https://www.electronjs.org/docs/latest/api/shell#shellopenexternalurl-options).
 * app.on is overloaded in electron.d.ts, so its one event here is written out from the docs.
 */
export function appAndShellStandIn() {
  const createdListeners: ((event: Electron.Event, contents: WebContents) => void)[] = [];
  const openedExternally: string[] = [];
  const app = {
    on(
      event: 'web-contents-created',
      listener: (event: Electron.Event, contents: WebContents) => void,
    ) {
      if (event === 'web-contents-created') createdListeners.push(listener);
      return app;
    },
  };
  const shell = {
    async openExternal(url: string): Promise<void> {
      openedExternally.push(url);
    },
  } satisfies Pick<Shell, 'openExternal'>;
  return {
    app,
    shell,
    openedExternally,
    /** Electron made a webContents: every listener gets it, as app's event does. */
    createWebContents(contents: WebContentsStandIn): void {
      const event = cancellableEvent('');
      for (const listener of createdListeners) listener(event, contents as unknown as WebContents);
    },
  };
}
