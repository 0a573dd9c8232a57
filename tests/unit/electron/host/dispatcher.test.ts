// Every call from the UI is validated once, here, for IPC and HTTP alike.
import { describe, expect, it } from 'vitest';
import type { HostHandlers } from '../../../../electron/contract/index.ts';
import { createDispatcher } from '../../../../electron/host/dispatcher.ts';
import { ServiceError } from '../../../../electron/services/service-error.ts';
import { DEFAULT_SETTINGS } from '../../../../electron/default-settings.ts';

function handlers(overrides: Partial<HostHandlers['settings']> = {}): HostHandlers {
  return {
    app: {
      getInfo: async () => ({
        name: 'Midad',
        version: '1.0.0',
        mode: 'browser',
        dataDir: '/data',
        spellChecking: { checker: 'browser', languages: [] },
        menusLanguage: null,
      }),
      bringToFront: async () => null,
    },
    settings: {
      get: async () => DEFAULT_SETTINGS,
      set: async () => DEFAULT_SETTINGS,
      ...overrides,
    },
    // Not exercised here; the draft library and the sites have their own tests.
    drafts: {} as HostHandlers['drafts'],
    sites: {} as HostHandlers['sites'],
    publish: {} as HostHandlers['publish'],
    desk: {} as HostHandlers['desk'],
  };
}

describe('the dispatcher', () => {
  it('answers a valid call with the handler value', async () => {
    const dispatch = createDispatcher(handlers());
    expect(await dispatch('settings.get', [])).toEqual({ ok: true, value: DEFAULT_SETTINGS });
  });

  it('refuses a method that is not in the contract', async () => {
    const dispatch = createDispatcher(handlers());
    expect(await dispatch('fs.readFile', ['/etc/passwd'])).toEqual({
      ok: false,
      error: { code: 'contract.unknown_method' },
    });
    expect((await dispatch('settings.constructor', [])).ok).toBe(false);
  });

  it('refuses invalid arguments with the field that is wrong, before any handler runs', async () => {
    let called = false;
    const dispatch = createDispatcher(
      handlers({ set: async () => ((called = true), DEFAULT_SETTINGS) }),
    );
    const answer = await dispatch('settings.set', [{ language: 'fr' }]);
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.error.code).toBe('contract.invalid_arguments');
      expect(answer.error.details?.join()).toContain('language');
    }
    expect((await dispatch('settings.set', [{ unknownKey: 1 }])).ok).toBe(false);
    expect((await dispatch('settings.set', 'not an array')).ok).toBe(false);
    expect(called).toBe(false);
  });

  it('passes a service error code through and hides unexpected failures', async () => {
    const failing = createDispatcher(
      handlers({
        get: async () => {
          throw new ServiceError('storage.write_failed');
        },
      }),
    );
    expect(await failing('settings.get', [])).toEqual({
      ok: false,
      error: { code: 'storage.write_failed' },
    });

    const logged: string[] = [];
    const crashing = createDispatcher(
      handlers({
        get: async () => {
          throw new Error('EACCES: /home/reporter/secret-path');
        },
      }),
      { logError: (methodName) => logged.push(methodName) },
    );
    const answer = await crashing('settings.get', []);
    expect(answer).toEqual({ ok: false, error: { code: 'host.internal' } });
    expect(JSON.stringify(answer)).not.toContain('secret-path');
    expect(logged).toEqual(['settings.get']);
  });
});
