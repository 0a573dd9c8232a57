// Light, dark, or as the system is (settings.appearance): applied at once by the settings
// provider, remembered through the host.
import type { Appearance } from '../../../electron/contract/index.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { SettingSection, useSaveAtOnce } from './SettingSection.tsx';

const APPEARANCES: readonly Appearance[] = ['system', 'light', 'dark'];

export function AppearanceSetting() {
  const { t } = useTranslation();
  const { settings, save, failure } = useSaveAtOnce();
  return (
    <SettingSection
      titleId="appearance-title"
      title={t('settings.appearance.title')}
      failure={failure}
    >
      <label className="field">
        <span>{t('settings.appearance.label')}</span>
        <select
          data-testid="setting-appearance"
          value={settings.appearance}
          onChange={(event) => save({ appearance: event.target.value as Appearance })}
        >
          {APPEARANCES.map((appearance) => (
            <option key={appearance} value={appearance}>
              {t(`settings.appearance.${appearance}`)}
            </option>
          ))}
        </select>
        <span className="field-hint">{t('settings.appearance.hint')}</span>
      </label>
    </SettingSection>
  );
}
