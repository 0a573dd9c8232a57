// Light or dark colours for the whole interface. The palette (styles/app.css) answers the
// root's color-scheme: 'system' leaves it to prefers-color-scheme, 'light' and 'dark' fix it
// through data-appearance. The last choice is also kept in this window's localStorage, so
// main.tsx can apply it before the first paint, before the settings arrive from the host.
import type { Appearance } from '../../electron/contract/index.ts';

// Not the contract's schema: that would bring zod into main.tsx's small first chunk.
const APPEARANCES: readonly string[] = ['system', 'light', 'dark'] satisfies Appearance[];

const CACHE_KEY = 'midad.appearance';
const SYSTEM_DARK = '(prefers-color-scheme: dark)';

export function applyAppearance(appearance: Appearance): void {
  document.documentElement.dataset.appearance = appearance;
  try {
    localStorage.setItem(CACHE_KEY, appearance);
  } catch {
    // Storage refused (a private window): the settings still apply it on every start.
  }
}

/** The appearance the last run chose, if this window remembers one: applied before anything is drawn. */
export function applyRememberedAppearance(): void {
  let remembered: string | null;
  try {
    remembered = localStorage.getItem(CACHE_KEY);
  } catch {
    return;
  }
  if (remembered !== null && APPEARANCES.includes(remembered))
    document.documentElement.dataset.appearance = remembered;
}

export function systemIsDark(): boolean {
  return window.matchMedia(SYSTEM_DARK).matches;
}

/** Whether `appearance` shows the dark colours on this system now. */
export function isNight(appearance: Appearance): boolean {
  return appearance === 'dark' || (appearance === 'system' && systemIsDark());
}

/**
 * The appearance that turns what the writer sees now to the other one. When that is also
 * what the system shows, it goes back to following the system, so two switches undo one.
 */
export function toggledAppearance(current: Appearance): Appearance {
  const night = !isNight(current);
  if (night === systemIsDark()) return 'system';
  return night ? 'dark' : 'light';
}

/** Calls `listener` when the system switches between light and dark; answers the unsubscribe. */
export function onSystemAppearanceChange(listener: () => void): () => void {
  const query = window.matchMedia(SYSTEM_DARK);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}
