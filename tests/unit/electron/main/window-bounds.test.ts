import { describe, expect, it } from 'vitest';
import { restorableWindowState } from '../../../../electron/main/window-bounds.ts';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const monitorOnTheRight = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('restoring the window where it was', () => {
  it('restores bounds that lie on a connected display', () => {
    const saved = { bounds: { x: 100, y: 80, width: 1000, height: 700 }, isMaximized: false };
    expect(restorableWindowState(saved, [laptop])).toEqual(saved);
  });

  it('keeps the maximized flag', () => {
    const saved = { bounds: { x: 0, y: 0, width: 1000, height: 700 }, isMaximized: true };
    expect(restorableWindowState(saved, [laptop])?.isMaximized).toBe(true);
  });

  it('forgets bounds on a monitor that has been unplugged', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 1200, height: 800 }, isMaximized: false };
    expect(restorableWindowState(saved, [laptop, monitorOnTheRight])).toEqual(saved);
    expect(restorableWindowState(saved, [laptop])).toBeUndefined();
  });

  it('forgets bounds of which only a sliver would be visible', () => {
    const saved = { bounds: { x: 1400, y: 850, width: 1000, height: 700 }, isMaximized: false };
    expect(restorableWindowState(saved, [laptop])).toBeUndefined();
  });

  it.each([
    undefined,
    null,
    'big',
    { bounds: { x: 0, y: 0, width: 'wide', height: 700 } },
    { bounds: { x: 0, y: 0, width: Number.NaN, height: 700 } },
    { bounds: { x: 0, y: 0, width: 100, height: 80 } },
  ])('ignores a damaged or tiny saved state: %j', (saved) => {
    expect(restorableWindowState(saved, [laptop])).toBeUndefined();
  });
});
