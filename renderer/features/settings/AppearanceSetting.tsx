// Light, dark, or as the system is (settings.appearance): applied at once by the settings
// provider, remembered through the host.
import { useState } from 'react';
import type { Appearance } from '../../../electron/contract/index.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useSettings } from './settings-context.tsx';

const APPEARANCES: readonly Appearance[] = ['system', 'light', 'dark'];

export function AppearanceSetting() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { settings, updateSettings } = useSettings();
  const [failure, setFailure] = useState<unknown>(null);
  return (
    <section className="settings-form" aria-labelledby="appearance-title">
      <h3 id="appearance-title">{t('settings.appearance.title')}</h3>
      <label className="field">
        <span>{t('settings.appearance.label')}</span>
        <select
          data-testid="setting-appearance"
          value={settings.appearance}
          onChange={(event) => {
            setFailure(null);
            const appearance = event.target.value as Appearance;
            updateSettings({ appearance }).catch(setFailure);
          }}
        >
          {APPEARANCES.map((appearance) => (
            <option key={appearance} value={appearance}>
              {t(`settings.appearance.${appearance}`)}
            </option>
          ))}
        </select>
        <span className="field-hint">{t('settings.appearance.hint')}</span>
      </label>
      {failure !== null && (
        <p className="notice" role="alert">
          {errorMessage(failure)}
        </p>
      )}
    </section>
  );
}
