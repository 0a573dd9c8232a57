import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SavedWindowState } from '../../../../electron/main/window-bounds.ts';
import { SAVE_DELAY_MS, trackWindowState, type TrackedWindow } from '../../../../electron/main/window-state-tracker.ts';

class FakeWindow implements TrackedWindow {
  bounds = { x: 0, y: 0, width: 1000, height: 700 };
  maximized = false;
  minimized = false;
  readonly listeners = new Map<string, (() => void)[]>();
  on(event: string, listener: () => void) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }
  emit(event: string) {
    for (const listener of this.listeners.get(event) ?? []) listener();
  }
  getNormalBounds() {
    return { ...this.bounds };
  }
  isMaximized() {
    return this.maximized;
  }
  isMinimized() {
    return this.minimized;
  }
  isFullScreen() {
    return false;
  }
}

describe('remembering the window size and position', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once after a burst of moves and resizes has settled', () => {
    const window = new FakeWindow();
    const saved: SavedWindowState[] = [];
    trackWindowState(window, (state) => saved.push(state));
    for (let step = 0; step < 30; step += 1) {
      window.bounds = { ...window.bounds, x: step };
      window.emit(step % 2 ? 'move' : 'resize');
      vi.advanceTimersByTime(10);
    }
    expect(saved).toEqual([]);
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(saved).toEqual([{ bounds: { x: 29, y: 0, width: 1000, height: 700 }, isMaximized: false }]);
  });

  it('saves at once when the window closes, without a second save later', () => {
    const window = new FakeWindow();
    const saved: SavedWindowState[] = [];
    trackWindowState(window, (state) => saved.push(state));
    window.emit('move');
    window.emit('close');
    expect(saved).toHaveLength(1);
    vi.advanceTimersByTime(SAVE_DELAY_MS * 2);
    expect(saved).toHaveLength(1);
  });

  it('remembers that the window was maximized, with the size it had before', () => {
    const window = new FakeWindow();
    const saved: SavedWindowState[] = [];
    trackWindowState(window, (state) => saved.push(state));
    window.maximized = true;
    window.emit('maximize');
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(saved.at(-1)).toEqual({ bounds: window.bounds, isMaximized: true });
  });

  it('does not save the bounds of a minimized window', () => {
    const window = new FakeWindow();
    const saved: SavedWindowState[] = [];
    trackWindowState(window, (state) => saved.push(state));
    window.minimized = true;
    window.emit('close');
    expect(saved).toEqual([]);
  });
});
