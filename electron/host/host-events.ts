// The host's event bus: services announce what changed through `emit`, each host's
// transport (IPC to the app's windows, browser mode's event stream) subscribes. Payloads
// are checked against the contract's `hostEvents` as results are: a host bug must not
// hand the screens a malformed event.
import {
  hostEvents,
  type HostEvent,
  type HostEventName,
  type HostEventPayload,
} from '../contract/index.ts';

export type HostEventListener = (event: HostEvent) => void;

export interface HostEventSource {
  /** Every event from now on, until the answer is called. */
  subscribe(listener: HostEventListener): () => void;
}

export interface HostEventBus extends HostEventSource {
  emit<N extends HostEventName>(name: N, payload: HostEventPayload<N>): void;
}

export function createHostEventBus(logError?: (error: unknown) => void): HostEventBus {
  const listeners = new Set<HostEventListener>();
  return {
    emit(name, payload) {
      const checked = hostEvents[name].payload.safeParse(payload);
      if (!checked.success) {
        logError?.(
          new Error(`host event ${name} with a malformed payload: ${checked.error.message}`),
        );
        return;
      }
      const event = { name, payload: checked.data } as HostEvent;
      // A listener that throws (a window closing) must not keep the others from hearing it.
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch (error) {
          logError?.(error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
