// The renderer's one door to the host. In Electron the preload has put the contract on
// window.midad (over IPC); in browser mode the same calls go over HTTP to the web host.
// Either way the caller gets `MidadApi`: values, or a HostCallError with a stable code.
// The host's events come the same two ways: IPC, or browser mode's event stream.
import type {
  Envelope,
  ErrorCode,
  HostEvent,
  HostEventName,
  HostEventPayload,
  MidadApi,
  MidadTransport,
} from '../electron/contract/index.ts';
import { hostEventStream, type HostEventStream } from './host-event-stream.ts';

declare global {
  interface Window {
    midad?: MidadTransport;
  }
}

export class HostCallError extends Error {
  readonly code: ErrorCode | 'bridge.unreachable';
  readonly details: string[] | undefined;

  constructor(code: ErrorCode | 'bridge.unreachable', details?: string[]) {
    super(code);
    this.name = 'HostCallError';
    this.code = code;
    this.details = details;
  }
}

type RawCall = (methodName: string, args: unknown[]) => Promise<Envelope>;

function preloadCall(transport: MidadTransport): RawCall {
  return (methodName, args) => {
    const [namespace, methodKey] = methodName.split('.') as [string, string];
    const group = (
      transport as unknown as Record<string, Record<string, (...a: unknown[]) => Promise<Envelope>>>
    )[namespace];
    const fn = group?.[methodKey];
    if (!fn) return Promise.resolve({ ok: false, error: { code: 'contract.unknown_method' } });
    return fn(...args);
  };
}

/** Browser mode's per-run token, which the web host put in the page. */
function pageToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="midad-token"]')?.content ?? '';
}

function httpCall(): RawCall {
  const token = pageToken();
  return async (methodName, args) => {
    let response: Response;
    try {
      response = await fetch(`api/${encodeURIComponent(methodName)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-midad-token': token },
        body: JSON.stringify(args),
      });
    } catch {
      throw new HostCallError('bridge.unreachable');
    }
    if (!response.ok) throw new HostCallError('bridge.unreachable', [String(response.status)]);
    return (await response.json()) as Envelope;
  };
}

/** Builds `midad.namespace.method(...)` on top of a raw call, unwrapping envelopes. */
function createClient(call: RawCall): MidadApi {
  return new Proxy({} as MidadApi, {
    get: (_target, namespace) =>
      new Proxy(
        {},
        {
          get:
            (_group, methodKey) =>
            async (...args: unknown[]) => {
              const envelope = await call(`${String(namespace)}.${String(methodKey)}`, args);
              if (envelope.ok) return envelope.value;
              throw new HostCallError(envelope.error.code, envelope.error.details);
            },
        },
      ),
  });
}

export const midad: MidadApi = createClient(window.midad ? preloadCall(window.midad) : httpCall());

const events: HostEventStream = hostEventStream(
  window.midad
    ? (listener) => window.midad!.events.subscribe(listener)
    : { url: `api/events?token=${encodeURIComponent(pageToken())}` },
);

/** Calls `handler` with each `name` event the host sends from now on; the answer stops it. */
export function onHostEvent<N extends HostEventName>(
  name: N,
  handler: (payload: HostEventPayload<N>) => void,
): () => void {
  return events.listen((event: HostEvent) => {
    if (event.name === name) handler(event.payload as HostEventPayload<N>);
  });
}

/**
 * Calls `handler` whenever the events stop or start reaching this page: while `up` is
 * false, screens refresh now and then by themselves; when it turns true again, events may
 * have been missed, so they read everything once.
 */
export function onHostEventsConnection(handler: (up: boolean) => void): () => void {
  return events.watchConnection(handler);
}
