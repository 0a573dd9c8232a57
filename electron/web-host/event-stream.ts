// Browser mode's side of the host's events: each open page holds one Server-Sent-Events
// response, every host event is written to all of them as one `data:` line of JSON, and a
// comment line now and then keeps an idle stream from being dropped. The server ends them
// all when it closes, so shutting down never waits on a page that is still open.
import type { ServerResponse } from 'node:http';

/** What a stream carries: the contract's HostEvent, kept loose here so the server loads no schemas. */
export interface StreamedEvent {
  name: string;
  payload: unknown;
}

/** Subscribes to the host's events; the answer unsubscribes. */
export type HostEventsSubscription = (listener: (event: StreamedEvent) => void) => () => void;

export interface EventStreams {
  open(response: ServerResponse, headers: Readonly<Record<string, string>>): void;
  closeAll(): void;
}

const DEFAULT_HEARTBEAT_MS = 15_000;
/** How soon the browser's EventSource reconnects after a cut stream. */
const RECONNECT_AFTER_MS = 1_000;

export function openEventStreams(
  subscribe: HostEventsSubscription | undefined,
  heartbeatMs = DEFAULT_HEARTBEAT_MS,
): EventStreams {
  const open = new Set<ServerResponse>();
  let unsubscribe: (() => void) | null = null;
  let heartbeat: NodeJS.Timeout | null = null;

  const broadcast = (text: string) => {
    for (const response of open) response.write(text);
  };
  // One subscription and one timer for all pages, while at least one is listening.
  const start = () => {
    unsubscribe = subscribe?.((event) => broadcast(`data: ${JSON.stringify(event)}\n\n`)) ?? null;
    heartbeat = setInterval(() => broadcast(': alive\n\n'), heartbeatMs);
    heartbeat.unref();
  };
  const stopIfIdle = () => {
    if (open.size > 0) return;
    unsubscribe?.();
    unsubscribe = null;
    if (heartbeat) clearInterval(heartbeat);
    heartbeat = null;
  };

  return {
    open(response, headers) {
      response.writeHead(200, {
        ...headers,
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        'x-frame-options': 'DENY',
        'x-accel-buffering': 'no',
      });
      response.write(`retry: ${RECONNECT_AFTER_MS}\n: open\n\n`);
      if (open.size === 0) start();
      open.add(response);
      const forget = () => {
        open.delete(response);
        stopIfIdle();
      };
      // The response's close: the page went away or the connection dropped (the request's own
      // close only says its empty body was read).
      response.on('close', forget);
    },
    closeAll() {
      for (const response of [...open]) response.end();
      open.clear();
      stopIfIdle();
    },
  };
}
