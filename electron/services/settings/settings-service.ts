// User settings on a Conf-compatible store: electron-store in the app, a plain `conf`
// store in browser mode and tests. Values are validated on the way in and out, section by
// section, so a hand-edited or damaged part of the settings file falls back to its defaults
// without taking the rest (a newsroom's word list, say) with it.
import { settingsSchema, type Settings, type SettingsPatch } from '../../contract/index.ts';
import { applySettingsPatch, DEFAULT_SETTINGS } from '../../default-settings.ts';

/** The part of Conf's API we use; electron-store and conf both satisfy it. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

const SETTINGS_KEY = 'settings';

/**
 * How both hosts open their settings file (electron-store's default name, `config.json`).
 * A file that is not JSON would otherwise make the store's constructor throw and the app
 * fail to start; it is cleared instead, and the settings fall back to the defaults.
 */
export const SETTINGS_FILE_OPTIONS = { configName: 'config', clearInvalidConfig: true } as const;

type Section = keyof Settings;
const SECTIONS = Object.keys(settingsSchema.shape) as Section[];

export class SettingsService {
  readonly #store: KeyValueStore;

  constructor(store: KeyValueStore) {
    this.#store = store;
  }

  get(): Settings {
    const stored = this.#store.get(SETTINGS_KEY);
    const record = isRecord(stored) ? stored : {};
    const settings = { ...DEFAULT_SETTINGS };
    for (const section of SECTIONS)
      assignSection(settings, section, mergeSection(section, record[section]));
    return settings;
  }

  update(patch: SettingsPatch): Settings {
    const current = this.get();
    const next = settingsSchema.parse(applySettingsPatch(current, patch));
    this.#store.set(SETTINGS_KEY, next);
    return next;
  }
}

/** The stored value of one section over its defaults, or the defaults if that makes no sense. */
function mergeSection(section: Section, stored: unknown): unknown {
  const defaults = DEFAULT_SETTINGS[section];
  const candidate =
    isRecord(defaults) && isRecord(stored) ? { ...defaults, ...stored } : (stored ?? defaults);
  const parsed = settingsSchema.shape[section].safeParse(candidate);
  return parsed.success ? parsed.data : defaults;
}

function assignSection<K extends Section>(settings: Settings, section: K, value: unknown): void {
  settings[section] = value as Settings[K];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
