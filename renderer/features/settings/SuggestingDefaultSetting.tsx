// Whether suggesting mode is on by itself when a copy editor or desk chief opens someone
// else's story (settings.newsroom.suggestOnOthersStories); saved as soon as it is ticked.
import { useTranslation } from '../../i18n/useTranslation.ts';
import { SettingSection, useSaveAtOnce } from './SettingSection.tsx';

export function SuggestingDefaultSetting() {
  const { t } = useTranslation();
  const { settings, save, failure } = useSaveAtOnce();
  return (
    <SettingSection
      titleId="suggesting-default-title"
      title={t('settings.review.title')}
      failure={failure}
    >
      <label className="checkbox-field">
        <input
          type="checkbox"
          data-testid="setting-suggest-on-others-stories"
          checked={settings.newsroom.suggestOnOthersStories}
          onChange={(event) => save({ newsroom: { suggestOnOthersStories: event.target.checked } })}
        />
        {t('settings.review.suggestOnOthersStories')}
      </label>
      <p className="field-hint">{t('settings.review.suggestOnOthersStoriesHint')}</p>
    </SettingSection>
  );
}
