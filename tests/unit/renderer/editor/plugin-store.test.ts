import { describe, expect, it, vi } from 'vitest';
import { PluginStore } from '../../../../renderer/editor/plugin-store.ts';
import { SuggestionsStore } from '../../../../renderer/features/review/suggestions-store.ts';

class CountStore extends PluginStore<{ count: number }, { ping(): string }> {
  constructor() {
    super({ count: 0 }, () => ({ count: -1 }));
  }

  publish(count: number): void {
    this.setSnapshot({ count });
  }

  ping(): string | null {
    return this.actions?.ping() ?? null;
  }
}

describe('PluginStore', () => {
  it('tells its listeners of each snapshot until they unsubscribe', () => {
    const store = new CountStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.publish(2);
    expect(store.getSnapshot()).toEqual({ count: 2 });
    unsubscribe();
    store.publish(3);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('passes requests to the connected editor, and leaves what it says once that one goes', () => {
    const store = new CountStore();
    expect(store.ping()).toBeNull();
    const disconnect = store.connect({ ping: () => 'first' });
    store.publish(5);
    expect(store.ping()).toBe('first');
    disconnect();
    expect(store.ping()).toBeNull();
    expect(store.getSnapshot()).toEqual({ count: -1 });
  });

  it("keeps a newer editor's actions when an older one disconnects late", () => {
    const store = new CountStore();
    const disconnectOld = store.connect({ ping: () => 'old' });
    store.connect({ ping: () => 'new' });
    disconnectOld();
    expect(store.ping()).toBe('new');
  });

  it('suggestions: suggesting mode outlives the editor, its list does not', () => {
    const store = new SuggestionsStore();
    const disconnect = store.connect(() => {});
    store.setSuggesting(true);
    store.publish([]);
    disconnect();
    expect(store.getSnapshot()).toEqual({ suggesting: true, entries: null });
  });
});
