// Autosave without losing a word: a save starts once the writer has paused (600 ms),
// never two at once, nothing is sent when nothing changed, and a failed save keeps the
// text in memory and retries with growing pauses until one succeeds.
import type { DraftContent } from '../../../electron/contract/index.ts';
import { fixedStepsOr, retryWaitMs, type BackoffPolicy } from '../../../common/retry/backoff.ts';
import { PauseTimer } from '../../../common/timing/pause-timer.ts';

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; savedAt: string }
  | { state: 'failed'; code: string };

export interface AutosaverOptions {
  /** Writes the draft; answers with the time it reached disk. */
  save: (content: DraftContent) => Promise<{ updatedAt: string }>;
  /** The draft as it stands now; called only when a save is due. */
  snapshot: () => DraftContent | null;
  onStatus: (status: SaveStatus) => void;
  pauseMs?: number;
  /** Fixed waits between failed saves (the last repeats), instead of AUTOSAVE_BACKOFF: tests know the time. */
  retryDelaysMs?: readonly number[];
}

/** After a failed save: 2 s, 5 s, 12.5 s… up to 30 s, each up to a fifth shorter. */
export const AUTOSAVE_BACKOFF: BackoffPolicy = {
  firstMs: 2_000,
  factor: 2.5,
  maxMs: 30_000,
  jitter: 0.2,
};

export class Autosaver {
  readonly #options: Required<Omit<AutosaverOptions, 'retryDelaysMs'>>;
  readonly #backoff: BackoffPolicy;
  /** The next save: after the writer's pause, or after a failed save's wait. */
  readonly #due = new PauseTimer(() => void this.flush());
  #inFlight: Promise<boolean> | null = null;
  #saveAgain = false;
  #lastSavedJson: string | null = null;
  #readBaseline: (() => DraftContent) | null = null;
  #failures = 0;

  constructor(options: AutosaverOptions) {
    const { retryDelaysMs, ...rest } = options;
    this.#options = { pauseMs: 600, ...rest };
    this.#backoff = fixedStepsOr(AUTOSAVE_BACKOFF, retryDelaysMs);
  }

  /**
   * The draft as loaded from disk: saving it unchanged again is pointless. Read when
   * `settleBaseline` is called or before the first save, whichever comes first, so that
   * serializing a long article stays off the way to the first frame.
   */
  setBaseline(read: () => DraftContent): void {
    this.#readBaseline = read;
  }

  settleBaseline(): void {
    if (!this.#readBaseline) return;
    this.#lastSavedJson = JSON.stringify(this.#readBaseline());
    this.#readBaseline = null;
  }

  /** Something changed: save once the writer pauses. */
  schedule(): void {
    this.#setTimer(this.#options.pauseMs);
  }

  /**
   * Saves now if anything changed (window blur, page hidden, draft switch). Answers true
   * once everything is on disk, false when the save failed (it is then retried).
   */
  flush(): Promise<boolean> {
    this.#due.cancel();
    if (this.#inFlight) {
      this.#saveAgain = true;
      return this.#inFlight;
    }
    const run = this.#saveUntilCurrent().finally(() => {
      this.#inFlight = null;
    });
    this.#inFlight = run;
    return run;
  }

  dispose(): void {
    this.#due.cancel();
  }

  /** One save, then another for whatever changed while it ran. */
  async #saveUntilCurrent(): Promise<boolean> {
    let saved = await this.#saveOnce();
    while (saved && this.#saveAgain) {
      this.#saveAgain = false;
      saved = await this.#saveOnce();
    }
    this.#saveAgain = false;
    return saved;
  }

  async #saveOnce(): Promise<boolean> {
    this.settleBaseline();
    const content = this.#options.snapshot();
    if (!content) return true;
    const json = JSON.stringify(content);
    if (json === this.#lastSavedJson) return true;
    this.#options.onStatus({ state: 'saving' });
    try {
      const saved = await this.#options.save(content);
      this.#lastSavedJson = json;
      this.#failures = 0;
      this.#options.onStatus({ state: 'saved', savedAt: saved.updatedAt });
      return true;
    } catch (error) {
      this.#options.onStatus({ state: 'failed', code: errorCode(error) });
      this.#setTimer(retryWaitMs(this.#backoff, this.#failures));
      this.#failures += 1;
      return false;
    }
  }

  #setTimer(delayMs: number): void {
    this.#due.restart(delayMs);
  }
}

function errorCode(error: unknown): string {
  return typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string'
    ? error.code
    : 'unknown';
}
