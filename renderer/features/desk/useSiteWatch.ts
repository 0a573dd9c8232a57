// What other people do on the site (a reporter resubmitting, the desk answering) reaches
// this machine only by asking the site: no host event can tell it. A screen that shows the
// site's state asks again every little while it is in view, and at once when it comes back
// into view, so it is never older than that interval.
import { useEffect, useRef } from 'react';

/** How often a screen that shows the site's state asks it again while in view. */
export const SITE_WATCH_MS = 20_000;

export function useSiteWatch(ask: () => void, enabled = true): void {
  const latest = useRef(ask);
  latest.current = ask;

  useEffect(() => {
    if (!enabled) return;
    const askIfShown = () => {
      if (!document.hidden) latest.current();
    };
    const timer = setInterval(askIfShown, SITE_WATCH_MS);
    document.addEventListener('visibilitychange', askIfShown);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', askIfShown);
    };
  }, [enabled]);
}
