// The settings the whole interface reads (reading speed, house style, limits, newsroom
// roles): loaded once at startup, changed through the host so they are remembered, and
// shown at once.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { Settings, SettingsPatch } from '../../../electron/contract/index.ts';
import { applySettingsPatch, DEFAULT_SETTINGS } from '../../../electron/default-settings.ts';
import { applyAppearance } from '../../appearance/appearance.ts';
import { midad } from '../../bridge.ts';
import { applyDigits } from '../../i18n/index.ts';

interface SettingsValue {
  settings: Settings;
  /** Applies the change at once and remembers it; on failure the change is undone and the error thrown. */
  updateSettings: (patch: SettingsPatch) => Promise<void>;
}

const SettingsContext = createContext<SettingsValue>({
  settings: DEFAULT_SETTINGS,
  updateSettings: () => Promise.reject(new Error('no SettingsProvider')),
});

export function SettingsProvider({
  initial,
  children,
}: {
  initial: Settings;
  children: ReactNode;
}) {
  const [settings, setSettings] = useState(initial);
  const updateSettings = useCallback(async (patch: SettingsPatch) => {
    let before: Settings | undefined;
    setSettings((current) => {
      before = current;
      return applySettingsPatch(current, patch);
    });
    try {
      setSettings(await midad.settings.set(patch));
    } catch (error) {
      if (before) setSettings(before);
      throw error;
    }
  }, []);
  // The interface's numbers follow the house digits setting as soon as it changes.
  const { digits } = settings.houseStyle;
  useEffect(() => applyDigits(digits), [digits]);
  // And the colours follow the appearance setting (light, dark, or the system's).
  const { appearance } = settings;
  useEffect(() => applyAppearance(appearance), [appearance]);
  const value = useMemo(() => ({ settings, updateSettings }), [settings, updateSettings]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsValue {
  return useContext(SettingsContext);
}
