// The host's events as this page receives them: from the preload over IPC in the desktop
// app, or from browser mode's event stream (EventSource), reopened when it is cut. One
// connection serves every listener; it opens with the first one.
import type { HostEvent } from '../electron/contract/index.ts';

export interface HostEventStream {
  listen(listener: (event: HostEvent) => void): () => void;
  /** Told each time the events stop or start reaching the page (`up`), and at once if they do not now. */
  watchConnection(handler: (up: boolean) => void): () => void;
}

/** The preload's subscription, or the event stream's address. */
export type HostEventSourceKind =
  ((listener: (event: HostEvent) => void) => () => void) | { url: string };

/** Waits before reopening a stream the server closed (a restart, a refusal), longer each time. */
const REOPEN_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

export function hostEventStream(source: HostEventSourceKind): HostEventStream {
  const listeners = new Set<(event: HostEvent) => void>();
  const watchers = new Set<(up: boolean) => void>();
  let started = false;
  // Unknown until the first open or failure, so that a stream that never opens is reported too.
  let up: boolean | null = null;

  const deliver = (event: HostEvent) => {
    for (const listener of [...listeners]) listener(event);
  };
  const setUp = (next: boolean) => {
    if (next === up) return;
    up = next;
    for (const watcher of [...watchers]) watcher(up);
  };

  const start = () => {
    if (started) return;
    started = true;
    if (typeof source === 'function') {
      // IPC does not drop: the events flow as long as the window lives.
      source(deliver);
      setUp(true);
    } else {
      openEventSource(source.url, deliver, setUp);
    }
  };

  return {
    listen(listener) {
      listeners.add(listener);
      start();
      return () => void listeners.delete(listener);
    },
    watchConnection(handler) {
      watchers.add(handler);
      start();
      // A screen shown while the events are cut must know it, to refresh by itself.
      if (up === false) handler(false);
      return () => void watchers.delete(handler);
    },
  };
}

function openEventSource(
  url: string,
  deliver: (event: HostEvent) => void,
  setUp: (up: boolean) => void,
): void {
  let failures = 0;
  const open = () => {
    const stream = new EventSource(url);
    stream.onopen = () => {
      failures = 0;
      setUp(true);
    };
    stream.onmessage = (message: MessageEvent<string>) => {
      let event: HostEvent;
      try {
        event = JSON.parse(message.data) as HostEvent;
      } catch {
        return;
      }
      deliver(event);
    };
    stream.onerror = () => {
      setUp(false);
      // CONNECTING: the browser retries by itself. CLOSED: it gave up (the server refused
      // or restarted), so a new stream is opened after a while.
      if (stream.readyState !== EventSource.CLOSED) return;
      stream.close();
      const delay = REOPEN_DELAYS_MS[Math.min(failures, REOPEN_DELAYS_MS.length - 1)];
      failures += 1;
      setTimeout(open, delay);
    };
  };
  open();
}
