// A schema built the first time it is used (parsed, extended, nested in another being built)
// rather than when its module loads: the host's start then builds only the schemas its first
// screen reads (docs/cold-start-findings.md). The stand-in forwards everything to the schema.
export function lazySchema<S extends object>(build: () => S): S {
  let schema: S | undefined;
  const real = (): S => (schema ??= build());
  return new Proxy({} as S, {
    get: (_, key) => Reflect.get(real(), key),
    has: (_, key) => Reflect.has(real(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
  });
}
