// Decides whether saved window bounds can be restored: only when they are well-formed and
// enough of the window would land on a display that is connected now.
import type { Rectangle } from 'electron';
import { MIN_WINDOW_SIZE } from './window-options.ts';

export interface SavedWindowState {
  bounds: Rectangle;
  isMaximized: boolean;
}

/** How much of the window must be on one display for it to be grabbable there. */
const MIN_VISIBLE = { width: 120, height: 60 } as const;

export function parseSavedWindowState(value: unknown): SavedWindowState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { bounds, isMaximized } = value as Record<string, unknown>;
  if (!isRectangle(bounds)) return undefined;
  if (bounds.width < MIN_WINDOW_SIZE.width || bounds.height < MIN_WINDOW_SIZE.height)
    return undefined;
  return { bounds, isMaximized: isMaximized === true };
}

export function restorableWindowState(
  saved: unknown,
  workAreas: readonly Rectangle[],
): SavedWindowState | undefined {
  const state = parseSavedWindowState(saved);
  if (!state) return undefined;
  const visible = workAreas.some((area) => {
    const overlap = intersect(state.bounds, area);
    return overlap.width >= MIN_VISIBLE.width && overlap.height >= MIN_VISIBLE.height;
  });
  return visible ? state : undefined;
}

function intersect(a: Rectangle, b: Rectangle): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function isRectangle(value: unknown): value is Rectangle {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return ['x', 'y', 'width', 'height'].every((key) => Number.isInteger(record[key]));
}
