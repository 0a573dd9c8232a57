// Turns a raw call (method name + untrusted arguments) into a validated handler call and
// an Envelope. IPC in the desktop app and HTTP in browser mode both go through here, so
// validation and error mapping exist once.
import {
  methodSpec,
  type Envelope,
  type HostHandlers,
  type MethodName,
} from '../contract/index.ts';
import { ServiceError } from '../services/service-error.ts';

export type Dispatch = (methodName: string, rawArgs: unknown) => Promise<Envelope>;

export interface DispatcherOptions {
  /** Where unexpected failures are reported; never shown to the user. */
  logError?: (methodName: string, error: unknown) => void;
}

export function createDispatcher(
  handlers: HostHandlers,
  options: DispatcherOptions = {},
): Dispatch {
  return async (methodName, rawArgs) => {
    // Built on the method's first call: a start builds only the schemas its first screen uses.
    const spec = methodSpec(methodName);
    if (!spec) return { ok: false, error: { code: 'contract.unknown_method' } };

    const parsed = spec.args.safeParse(rawArgs);
    if (!parsed.success) {
      const details = parsed.error.issues.map(
        (issue) => `${issue.path.join('.') || '(args)'}: ${issue.message}`,
      );
      return { ok: false, error: { code: 'contract.invalid_arguments', details } };
    }

    try {
      const handler = findHandler(handlers, methodName as MethodName);
      const value: unknown = await handler(...(parsed.data as unknown[]));
      // The result is checked too: a host bug must not hand the UI a malformed value.
      return { ok: true, value: spec.result.parse(value) };
    } catch (error) {
      if (error instanceof ServiceError) return { ok: false, error: error.toValue() };
      options.logError?.(methodName, error);
      return { ok: false, error: { code: 'host.internal' } };
    }
  };
}

type AnyHandler = (...args: unknown[]) => Promise<unknown>;

function findHandler(handlers: HostHandlers, methodName: MethodName): AnyHandler {
  const [namespace, methodKey] = methodName.split('.') as [keyof HostHandlers, string];
  const group = handlers[namespace] as Record<string, AnyHandler>;
  const handler = group[methodKey];
  if (!handler) throw new Error(`no handler for ${methodName}`);
  return handler;
}
