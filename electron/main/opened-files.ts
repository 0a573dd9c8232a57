// The .midad files the system hands the app (the command line on Windows and Linux, macOS's
// open-file, another instance's arguments): each is imported as a draft, then shown.
// No 'electron' import, so a Node test drives every case.

export interface OpenedFilesWorld {
  /** True while the main window exists (macOS keeps the app running after it is closed). */
  hasWindow(): boolean;
  /** Restarts the main window's renderer: its start opens the draft just imported. */
  reloadWindow(): void;
  /** Opens a main window, whose start opens the draft just imported. */
  openWindow(): void;
  logFailure(error: unknown): void;
}

export class OpenedFiles {
  readonly #world: OpenedFilesWorld;
  #importDraft: ((filePath: string) => Promise<string>) | undefined;
  readonly #beforeReady: string[] = [];

  constructor(world: OpenedFilesWorld) {
    this.#world = world;
  }

  open(filePath: string): void {
    if (!this.#importDraft) {
      this.#beforeReady.push(filePath);
      return;
    }
    // A shown draft's last autosave goes out on pagehide as the renderer restarts. With no
    // window (macOS, after it was closed) nothing would show the draft: open one, as the
    // dock icon does ('open-file' does not emit 'activate').
    void this.#importDraft(filePath).then(() => {
      if (this.#world.hasWindow()) this.#world.reloadWindow();
      else this.#world.openWindow();
    }, this.#world.logFailure);
  }

  /** The host is ready: files given before it are imported; the first window, opened next, shows the last. */
  hostReady(importDraft: (filePath: string) => Promise<string>): void {
    this.#importDraft = importDraft;
    for (const filePath of this.#beforeReady.splice(0))
      importDraft(filePath).catch(this.#world.logFailure);
  }
}
