// The system's notifications through the web Notification API, in both hosts. In the
// desktop app Chromium hands them to the operating system (the permission policy in
// electron/main grants the app's own origin 'notifications'), and the click comes back to
// this page, which decides what it opens; only bringing the window forward is asked of the
// host (app.bringToFront), as a page's window.focus() does not reach it on Windows. In
// browser mode they appear only after the user allowed them, and the browser asks only on a
// gesture: askToNotify is called from a click (the first publish, the jobs badge).
import { midad } from '../../bridge.ts';

function notificationsExist(): boolean {
  return typeof Notification !== 'undefined';
}

/** Asks once, on a user's gesture; a decision already taken (granted or denied) is left alone. */
export function askToNotify(): void {
  if (!notificationsExist() || Notification.permission !== 'default') return;
  void Notification.requestPermission().catch(() => undefined);
}

export interface SystemNotice {
  title: string;
  body: string;
  /** One notice a job: a later end of the same job replaces the earlier one. */
  tag: string;
  lang: string;
  dir: 'rtl' | 'ltr';
}

/** Shows the notice if allowed; clicking it brings this window forward and runs `onClick`. */
export function showSystemNotice(notice: SystemNotice, onClick: () => void): void {
  if (!notificationsExist() || Notification.permission !== 'granted') return;
  let shown: Notification;
  try {
    shown = new Notification(notice.title, {
      body: notice.body,
      tag: notice.tag,
      lang: notice.lang,
      dir: notice.dir,
    });
  } catch {
    // Some browsers allow notifications only from a service worker: the badge still tells.
    return;
  }
  shown.onclick = () => {
    window.focus();
    void midad.app.bringToFront().catch(() => undefined);
    shown.close();
    onClick();
  };
}
