// Night mode as the rest of the interface uses it: whether the dark colours show now, and
// the switch the View menu's "Night mode" (view.toggleNightMode) and any button call.
import { useCallback, useEffect, useState } from 'react';
import { useSettings } from '../features/settings/settings-context.tsx';
import { isNight, onSystemAppearanceChange, toggledAppearance } from './appearance.ts';

export interface NightMode {
  night: boolean;
  /** Turns the dark colours on or off and remembers it; resolves once the host has kept it. */
  toggleNightMode: () => Promise<void>;
}

export function useNightMode(): NightMode {
  const { settings, updateSettings } = useSettings();
  const { appearance } = settings;
  const [night, setNight] = useState(() => isNight(appearance));
  useEffect(() => {
    setNight(isNight(appearance));
    return onSystemAppearanceChange(() => setNight(isNight(appearance)));
  }, [appearance]);
  const toggleNightMode = useCallback(
    () => updateSettings({ appearance: toggledAppearance(appearance) }),
    [appearance, updateSettings],
  );
  return { night, toggleNightMode };
}
