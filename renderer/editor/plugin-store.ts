// What a plugin inside the editor shares with the panels, menus and buttons outside it: a
// snapshot the plugin publishes and the others read (useSyncExternalStore), and the actions
// the plugin's editor does for them while it is connected. The spelling, house-style and
// suggestions stores are each one of these with their own snapshot and requests.
import { useSyncExternalStore } from 'react';

export class PluginStore<Snapshot, Actions> {
  #snapshot: Snapshot;
  readonly #listeners = new Set<() => void>();
  #actions: Actions | null = null;
  readonly #afterDisconnect: (last: Snapshot) => Snapshot;

  /** `afterDisconnect` says what is left once the editor goes (what it found is gone with it). */
  constructor(initial: Snapshot, afterDisconnect: (last: Snapshot) => Snapshot) {
    this.#snapshot = initial;
    this.#afterDisconnect = afterDisconnect;
  }

  readonly subscribe = (listener: () => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  readonly getSnapshot = () => this.#snapshot;

  /** The plugin's editor answers the requests from outside until the returned cleanup runs. */
  connect(actions: Actions): () => void {
    this.#actions = actions;
    return () => {
      if (this.#actions === actions) this.#actions = null;
      this.setSnapshot(this.#afterDisconnect(this.#snapshot));
    };
  }

  /** The connected editor's actions; null while none is connected. */
  protected get actions(): Actions | null {
    return this.#actions;
  }

  protected setSnapshot(snapshot: Snapshot): void {
    this.#snapshot = snapshot;
    for (const listener of this.#listeners) listener();
  }
}

const noSubscription = () => () => {};

/** The store's snapshot, kept current; `outside` where there is no store (no editor around). */
export function usePluginSnapshot<Snapshot>(
  store: PluginStore<Snapshot, unknown> | null,
  outside: Snapshot,
): Snapshot {
  return useSyncExternalStore(
    store?.subscribe ?? noSubscription,
    store?.getSnapshot ?? (() => outside),
  );
}
