// The types derived from the method table and the events: the API the renderer calls, what
// the host implements, the names methods travel by, and what the preload exposes.
import type * as z from 'zod';
import type { Envelope } from './errors.ts';
import type { hostEvents } from './events.ts';
import type { contract, MethodSpec } from './methods.ts';

type Contract = typeof contract;
export type Namespace = keyof Contract;

/** A method's spec, as its entry in the table builds it. */
type SpecOf<N extends Namespace, M extends keyof Contract[N]> = Contract[N][M] extends () => infer S
  ? S
  : never;

/** The API as the renderer sees it: `await midad.settings.get()`. */
export type MidadApi = {
  [N in keyof Contract]: {
    [M in keyof Contract[N]]: SpecOf<N, M> extends MethodSpec<infer A, infer R>
      ? (...args: z.input<A>) => Promise<z.output<R>>
      : never;
  };
};

/** What the host implements: same methods, already-validated arguments. */
export type HostHandlers = {
  [N in keyof Contract]: {
    [M in keyof Contract[N]]: SpecOf<N, M> extends MethodSpec<infer A, infer R>
      ? (...args: z.output<A>) => Promise<z.input<R>>
      : never;
  };
};

/** `settings.get`: the IPC channel suffix and the HTTP route segment of a method. */
export type MethodName = { [N in Namespace]: `${N}.${keyof Contract[N] & string}` }[Namespace];

type HostEvents = typeof hostEvents;
export type HostEventName = keyof HostEvents;
export type HostEventPayload<N extends HostEventName> = z.output<HostEvents[N]['payload']>;
/** What travels: the event's name and its payload, over IPC and the event stream alike. */
export type HostEvent = {
  [N in HostEventName]: { name: N; payload: HostEventPayload<N> };
}[HostEventName];

/**
 * What the preload exposes as `window.midad`: the contract's methods, each answering
 * with an Envelope (an Error thrown across contextBridge would lose its code).
 */
export type MidadTransport = {
  [N in keyof MidadApi]: {
    [M in keyof MidadApi[N]]: MidadApi[N][M] extends (...args: infer A) => Promise<unknown>
      ? (...args: A) => Promise<Envelope>
      : never;
  };
} & {
  /** The host's events (hostEvents), each as it happens; the answer stops them. */
  events: { subscribe(listener: (event: HostEvent) => void): () => void };
};
