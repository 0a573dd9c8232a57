import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SavedWindowState } from '../../../../electron/main/window-bounds.ts';
import { BrowserWindowStandIn } from '../../../../electron/main/test-support/browser-window-stand-in.ts';
import { SAVE_DELAY_MS, trackWindowState } from '../../../../electron/main/window-state-tracker.ts';

describe('remembering the window size and position', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once after a burst of moves and resizes has settled', () => {
    const window = new BrowserWindowStandIn();
    const saved: SavedWindowState[] = [];
    trackWindowState(window, (state) => saved.push(state));
    for (let step = 0; step < 30; step += 1) {
      window.bounds = { ...window.bounds, x: step };
      window.emit(step % 2 ? 'move' : 'resize');
      vi.advanceTimersByTime(10);
    }
    expect(saved).toEqual([]);
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(saved).toEqual([
      { bounds: { x: 29, y: 0, width: 1000, height: 700 }, isMaximized: false },
    ]);
  });

  it('saves at once when the window closes, without a second save later', () => {
    const window = new BrowserWindowStandIn();
    const saved: SavedWindowState[] = [];
    trackWindowState(window, (state) => saved.push(state));
    window.emit('move');
    window.emit('close');
    expect(saved).toHaveLength(1);
    vi.advanceTimersByTime(SAVE_DELAY_MS * 2);
    expect(saved).toHaveLength(1);
  });

  it('remembers that the window was maximized, with the size it had before', () => {
    const window = new BrowserWindowStandIn();
    const saved: SavedWindowState[] = [];
    trackWindowState(window, (state) => saved.push(state));
    window.maximized = true;
    window.emit('maximize');
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(saved.at(-1)).toEqual({ bounds: window.bounds, isMaximized: true });
  });

  it('does not save the bounds of a minimized window', () => {
    const window = new BrowserWindowStandIn();
    const saved: SavedWindowState[] = [];
    trackWindowState(window, (state) => saved.push(state));
    window.minimized = true;
    window.emit('close');
    expect(saved).toEqual([]);
  });
});
