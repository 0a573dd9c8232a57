// The night-mode switch turns what is shown to the other colours, and two switches give the
// system back its say; the choice remembered for the next start is applied only if valid.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  applyAppearance,
  applyRememberedAppearance,
  isNight,
  toggledAppearance,
} from '../../../../renderer/appearance/appearance.ts';

function systemShows(scheme: 'light' | 'dark') {
  const stored = new Map<string, string>();
  const root = { dataset: {} as Record<string, string> };
  vi.stubGlobal('window', {
    matchMedia: (query: string) => ({
      matches: query === '(prefers-color-scheme: dark)' && scheme === 'dark',
    }),
  });
  vi.stubGlobal('document', { documentElement: root });
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => stored.set(key, value),
  });
  return { root, stored };
}

afterEach(() => vi.unstubAllGlobals());

describe('night mode', () => {
  it('shows the dark colours when chosen, or when the system is dark and followed', () => {
    systemShows('dark');
    expect(isNight('system')).toBe(true);
    expect(isNight('light')).toBe(false);
    systemShows('light');
    expect(isNight('system')).toBe(false);
    expect(isNight('dark')).toBe(true);
  });

  it('switches to what is not shown, and a second switch follows the system again', () => {
    systemShows('light');
    expect(toggledAppearance('system')).toBe('dark');
    expect(toggledAppearance('dark')).toBe('system');
    expect(toggledAppearance('light')).toBe('dark');
    systemShows('dark');
    expect(toggledAppearance('system')).toBe('light');
    expect(toggledAppearance('light')).toBe('system');
  });

  it('applies the remembered choice at the next start, and ignores one it does not know', () => {
    const { root, stored } = systemShows('light');
    applyAppearance('dark');
    expect(root.dataset.appearance).toBe('dark');
    root.dataset = {};
    applyRememberedAppearance();
    expect(root.dataset.appearance).toBe('dark');
    stored.set('midad.appearance', 'sepia');
    root.dataset = {};
    applyRememberedAppearance();
    expect(root.dataset.appearance).toBeUndefined();
  });
});
