// Keeps a screen as true as the host: it reads again when one of the named host events
// arrives (and `accepts` it), when the events reach the page again after a break (some may
// have been missed), and, while they do not, every few seconds by itself.
import { useEffect, useRef } from 'react';
import type { HostEvent, HostEventName } from '../electron/contract/index.ts';
import { onHostEvent, onHostEventsConnection } from './bridge.ts';

/** How often a screen reads again by itself while the host's events do not reach it. */
export const FALLBACK_REFRESH_MS = 15_000;

export function useHostRefresh(
  refresh: () => void,
  names: readonly HostEventName[],
  accepts: (event: HostEvent) => boolean = () => true,
): void {
  const latest = useRef({ refresh, accepts });
  latest.current = { refresh, accepts };
  const key = names.join();

  useEffect(() => {
    let fallback: ReturnType<typeof setInterval> | undefined;
    const stopFallback = () => {
      clearInterval(fallback);
      fallback = undefined;
    };
    const unsubscribe = key
      .split(',')
      .filter(Boolean)
      .map((name) =>
        onHostEvent(name as HostEventName, (payload) => {
          if (latest.current.accepts({ name, payload } as HostEvent)) latest.current.refresh();
        }),
      );
    const unwatch = onHostEventsConnection((up) => {
      if (up) {
        stopFallback();
        latest.current.refresh();
      } else if (fallback === undefined) {
        fallback = setInterval(() => latest.current.refresh(), FALLBACK_REFRESH_MS);
      }
    });
    return () => {
      for (const each of unsubscribe) each();
      unwatch();
      stopFallback();
    };
  }, [key]);
}
