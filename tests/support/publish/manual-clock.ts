// A clock the test turns by hand, for the outbox and the WordPress client: time stands still
// until `advance`, which fires the timers then due, in the order they were started.
import type { Clock } from '../../../electron/services/publish/wordpress/clock.ts';

export class ManualClock implements Clock {
  #now: number;
  #timers: { at: number; callback: () => void }[] = [];

  constructor(start: string) {
    this.#now = Date.parse(start);
  }

  now = () => new Date(this.#now);

  startTimer = (ms: number, callback: () => void) => {
    const timer = { at: this.#now + ms, callback };
    this.#timers.push(timer);
    return () => {
      this.#timers = this.#timers.filter((each) => each !== timer);
    };
  };

  /** The timers started and neither fired nor cancelled yet. */
  get pending(): number {
    return this.#timers.length;
  }

  advance(ms: number): void {
    this.#now += ms;
    const due = this.#timers.filter((timer) => timer.at <= this.#now);
    this.#timers = this.#timers.filter((timer) => timer.at > this.#now);
    for (const timer of due) timer.callback();
  }
}
