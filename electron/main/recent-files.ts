// The .midad files opened lately, newest first, for the File menu's Open Recent where the
// system keeps no list of its own (Windows and Linux). No 'electron' import: a test drives it.

const MOST_KEPT = 10;

export interface RecentFilesStore {
  read(): unknown;
  write(files: string[]): void;
}

export class RecentFiles {
  readonly #store: RecentFilesStore;

  constructor(store: RecentFilesStore) {
    this.#store = store;
  }

  /** What the store holds, if it is a list of paths; anything else reads as none. */
  list(): string[] {
    const stored = this.#store.read();
    if (!Array.isArray(stored)) return [];
    return stored.filter((entry): entry is string => typeof entry === 'string').slice(0, MOST_KEPT);
  }

  add(filePath: string): void {
    const others = this.list().filter((entry) => entry !== filePath);
    this.#store.write([filePath, ...others].slice(0, MOST_KEPT));
  }
}
