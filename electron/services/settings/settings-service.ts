// User settings on a Conf-compatible store: electron-store in the app, a plain `conf`
// store in browser mode and tests. Values are validated on the way in and out, so a
// hand-edited or damaged settings file falls back to defaults instead of crashing.
import { settingsSchema, type Settings, type SettingsPatch } from '../../contract.ts';

/** The part of Conf's API we use; electron-store and conf both satisfy it. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'ar',
  editor: { wordsPerMinute: 140 },
};

const SETTINGS_KEY = 'settings';

/**
 * How both hosts open their settings file (electron-store's default name, `config.json`).
 * A file that is not JSON would otherwise make the store's constructor throw and the app
 * fail to start; it is cleared instead, and the settings fall back to the defaults.
 */
export const SETTINGS_FILE_OPTIONS = { configName: 'config', clearInvalidConfig: true } as const;

export class SettingsService {
  readonly #store: KeyValueStore;

  constructor(store: KeyValueStore) {
    this.#store = store;
  }

  get(): Settings {
    const stored = this.#store.get(SETTINGS_KEY);
    const merged = {
      ...DEFAULT_SETTINGS,
      ...(isRecord(stored) ? stored : {}),
      editor: { ...DEFAULT_SETTINGS.editor, ...(isRecord(stored) && isRecord(stored.editor) ? stored.editor : {}) },
    };
    const parsed = settingsSchema.safeParse(merged);
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  }

  update(patch: SettingsPatch): Settings {
    const current = this.get();
    const next = settingsSchema.parse({
      ...current,
      ...(patch.language ? { language: patch.language } : {}),
      editor: { ...current.editor, ...patch.editor },
    });
    this.#store.set(SETTINGS_KEY, next);
    return next;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
