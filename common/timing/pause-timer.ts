// Work that waits for a pause (a re-check, a recount, an autosave) is put off again by every
// keystroke. Clearing and setting a browser timer per key, in each of several features, was a
// measurable part of a keystroke's script; this keeps one timer per pause and only notes the
// new due time while it is pending, re-arming once when it fires early.

type Clock = () => number;

export class PauseTimer {
  readonly #action: () => void;
  readonly #now: Clock;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** When the action is due: the last restart's time plus its pause. */
  #dueAt = 0;
  /** When the pending timer fires; it may be before #dueAt, never after. */
  #firesAt = 0;

  constructor(action: () => void, now: Clock = () => performance.now()) {
    this.#action = action;
    this.#now = now;
  }

  /** Runs the action `pauseMs` from now, in place of any time asked for before. */
  restart(pauseMs: number): void {
    const dueAt = this.#now() + pauseMs;
    this.#dueAt = dueAt;
    // A pending timer that fires no later than the new due time is kept: it re-arms when it fires.
    if (this.#timer !== undefined && this.#firesAt <= dueAt) return;
    this.#arm(pauseMs);
  }

  /** Whether the action is still to run. */
  get pending(): boolean {
    return this.#timer !== undefined;
  }

  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #arm(delayMs: number): void {
    clearTimeout(this.#timer);
    this.#firesAt = this.#now() + delayMs;
    this.#timer = setTimeout(this.#fire, delayMs);
  }

  readonly #fire = (): void => {
    const left = this.#dueAt - this.#now();
    // Browsers fire a timer up to a millisecond early; that is not worth another timer.
    if (left > 1) {
      this.#arm(left);
      return;
    }
    this.#timer = undefined;
    this.#action();
  };
}
