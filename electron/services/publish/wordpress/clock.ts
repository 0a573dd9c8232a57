// Time as the WordPress client and the sites service receive it: what time it is, and a
// timer to abort a request with. The hosts pass `systemClock`; tests pass their own.
export interface Clock {
  now(): Date;
  /** Calls `callback` after `ms`; the answer cancels it. */
  startTimer(ms: number, callback: () => void): () => void;
}

export const systemClock: Clock = {
  now: () => new Date(),
  startTimer: (ms, callback) => {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
};
