import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PauseTimer } from '../../../../common/timing/pause-timer.ts';

describe('PauseTimer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const timer = (action: () => void) => new PauseTimer(action, () => Date.now());

  it('runs the action once the pause after the last restart has passed', () => {
    const action = vi.fn();
    const pause = timer(action);
    pause.restart(300);
    for (let key = 0; key < 10; key += 1) {
      vi.advanceTimersByTime(100);
      pause.restart(300);
    }
    vi.advanceTimersByTime(299);
    expect(action).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(action).toHaveBeenCalledTimes(1);
    expect(pause.pending).toBe(false);
  });

  it('keeps one browser timer through a burst of restarts', () => {
    const setTimer = vi.spyOn(globalThis, 'setTimeout');
    const pause = timer(() => undefined);
    for (let key = 0; key < 50; key += 1) {
      pause.restart(300);
      vi.advanceTimersByTime(20);
    }
    // One when the burst began, one more each time the pending timer fired early.
    expect(setTimer.mock.calls.length).toBeLessThanOrEqual(5);
    setTimer.mockRestore();
  });

  it('runs sooner when a restart asks for a shorter pause than the one pending', () => {
    const action = vi.fn();
    const pause = timer(action);
    pause.restart(300);
    vi.advanceTimersByTime(50);
    pause.restart(0);
    vi.advanceTimersByTime(0);
    expect(action).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('does nothing once cancelled, and can be restarted afterwards', () => {
    const action = vi.fn();
    const pause = timer(action);
    pause.restart(100);
    pause.cancel();
    vi.advanceTimersByTime(1000);
    expect(action).not.toHaveBeenCalled();
    pause.restart(100);
    vi.advanceTimersByTime(100);
    expect(action).toHaveBeenCalledTimes(1);
  });
});
