// Applies the pure policies (navigation-policy.ts, permission-policy.ts) to Electron:
// every webContents the app ever creates, and the session they share.
import { app, shell, type Session, type WebContents } from 'electron';
import { decideWindowOpen, isNavigationAllowed } from './navigation-policy.ts';
import { isPermissionAllowed } from './permission-policy.ts';

export function guardAllWebContents(logWarning: (message: string) => void): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, logWarning));
}

function guardWebContents(contents: WebContents, logWarning: (message: string) => void): void {
  contents.on('will-navigate', (event) => {
    if (isNavigationAllowed(event.url)) return;
    event.preventDefault();
    logWarning(`blocked navigation away from the app`);
  });
  contents.on('will-redirect', (event) => {
    if (!isNavigationAllowed(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) void shell.openExternal(decision.openExternally);
    return { action: decision.action };
  });
  // No <webview> ever: it would be a second, unguarded browser inside the app.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function guardPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl ?? contents.getURL()));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );
}
