// A method's schemas are built on its first call, not when the contract is imported: a cold
// start then builds only what its first screen asks for.
import { describe, expect, it } from 'vitest';
import {
  builtMethodNames,
  listMethods,
  methodSpec,
  type HostHandlers,
} from '../../../../electron/contract/index.ts';
import { createDispatcher } from '../../../../electron/host/dispatcher.ts';
import { DEFAULT_SETTINGS } from '../../../../electron/default-settings.ts';

describe("the contract's method table", () => {
  it('builds no method schemas when it is imported, nor when its names are listed', () => {
    const names = listMethods().map(({ name }) => name);
    expect(names).toContain('settings.get');
    expect(names).toContain('desk.board');
    expect(builtMethodNames()).toEqual([]);
  });

  it("builds a called method's schemas, and none of the namespaces not called", async () => {
    const handlers = {
      settings: { get: async () => DEFAULT_SETTINGS },
    } as unknown as HostHandlers;
    const dispatch = createDispatcher(handlers);

    expect(await dispatch('settings.get', [])).toEqual({ ok: true, value: DEFAULT_SETTINGS });

    expect(builtMethodNames()).toEqual(['settings.get']);
    for (const namespace of ['drafts', 'publish', 'sites', 'desk', 'app'])
      expect(builtMethodNames().some((name) => name.startsWith(`${namespace}.`))).toBe(false);
  });

  it('builds a method once, however often it is called', () => {
    expect(methodSpec('drafts.open')).toBe(methodSpec('drafts.open'));
    expect(builtMethodNames().filter((name) => name === 'drafts.open')).toHaveLength(1);
  });

  it("knows no method outside the table, the object's own keys included", () => {
    for (const name of ['drafts.nope', 'nope.list', 'drafts', 'drafts.open.extra', 'toString'])
      expect(methodSpec(name)).toBeUndefined();
    expect(methodSpec('app.constructor')).toBeUndefined();
    expect(methodSpec('__proto__.toString')).toBeUndefined();
  });

  it("still gives every method's schemas when a listed spec is read", () => {
    for (const { spec } of listMethods()) {
      expect(typeof spec.args.safeParse).toBe('function');
      expect(typeof spec.result.safeParse).toBe('function');
    }
  });
});
