// Whether suggesting mode is on by itself when a copy editor or desk chief opens someone
// else's story (settings.newsroom.suggestOnOthersStories); saved as soon as it is ticked.
import { useState } from 'react';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useSettings } from './settings-context.tsx';

export function SuggestingDefaultSetting() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { settings, updateSettings } = useSettings();
  const [failure, setFailure] = useState<unknown>(null);
  return (
    <section className="settings-form" aria-labelledby="suggesting-default-title">
      <h3 id="suggesting-default-title">{t('settings.review.title')}</h3>
      <label className="checkbox-field">
        <input
          type="checkbox"
          data-testid="setting-suggest-on-others-stories"
          checked={settings.newsroom.suggestOnOthersStories}
          onChange={(event) => {
            setFailure(null);
            updateSettings({ newsroom: { suggestOnOthersStories: event.target.checked } }).catch(
              setFailure,
            );
          }}
        />
        {t('settings.review.suggestOnOthersStories')}
      </label>
      <p className="field-hint">{t('settings.review.suggestOnOthersStoriesHint')}</p>
      {failure !== null && (
        <p className="notice" role="alert">
          {errorMessage(failure)}
        </p>
      )}
    </section>
  );
}
