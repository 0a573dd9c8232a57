// The house options: quotation marks, digits, tanween, the longest sentence, which rules
// run, and the newsroom word list. Each change is saved at once through the settings.
import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { HouseStyleSettings } from '../../../electron/contract/index.ts';
import { HOUSE_STYLE_RULE_IDS } from '../../../common/arabic/house-style/rules/index.ts';
import { useSettings } from '../settings/settings-context.tsx';
import { WordListSection } from './WordListSection.tsx';
import { ruleName } from './rule-name.ts';

type Choice<K extends keyof HouseStyleSettings> = {
  field: K;
  label: string;
  options: [HouseStyleSettings[K], string][];
};

export function HouseStyleSettingsForm() {
  const { t } = useTranslation();
  const { settings, updateSettings } = useSettings();
  const house = settings.houseStyle;
  const [failed, setFailed] = useState(false);

  const save = (patch: Partial<HouseStyleSettings>) => {
    setFailed(false);
    updateSettings({ houseStyle: patch }).catch(() => setFailed(true));
  };
  const choices = [
    {
      field: 'quoteStyle',
      label: t('houseStyle.settings.quoteStyle'),
      options: [
        ['guillemets', t('houseStyle.settings.guillemets')],
        ['curly', t('houseStyle.settings.curly')],
      ],
    },
    {
      field: 'digits',
      label: t('houseStyle.settings.digits'),
      options: [
        ['western', t('houseStyle.settings.western')],
        ['arabic-indic', t('houseStyle.settings.arabicIndic')],
      ],
    },
    {
      field: 'tanween',
      label: t('houseStyle.settings.tanween'),
      options: [
        ['before-alef', t('houseStyle.settings.beforeAlef')],
        ['on-alef', t('houseStyle.settings.onAlef')],
        ['either', t('houseStyle.settings.either')],
      ],
    },
  ] satisfies [Choice<'quoteStyle'>, Choice<'digits'>, Choice<'tanween'>];

  return (
    <section className="style-settings" data-testid="style-settings">
      <h3>{t('houseStyle.settings.title')}</h3>
      {choices.map(({ field, label, options }) => (
        <label key={field} className="style-setting">
          <span>{label}</span>
          <select
            data-testid={`style-setting-${field}`}
            value={house[field]}
            onChange={(event) => save({ [field]: event.target.value })}
          >
            {options.map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </label>
      ))}
      <label className="style-setting">
        <span>{t('houseStyle.settings.maxSentenceWords')}</span>
        <input
          type="number"
          min={10}
          max={200}
          data-testid="style-setting-maxSentenceWords"
          defaultValue={house.maxSentenceWords}
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.currentTarget.blur();
          }}
          onBlur={(event) => {
            const words = Number(event.target.value);
            if (
              Number.isInteger(words) &&
              words >= 10 &&
              words <= 200 &&
              words !== house.maxSentenceWords
            )
              save({ maxSentenceWords: words });
            else event.target.value = String(house.maxSentenceWords);
          }}
        />
      </label>
      <fieldset className="style-rules">
        <legend>{t('houseStyle.settings.rules')}</legend>
        {HOUSE_STYLE_RULE_IDS.map((id) => (
          <label key={id}>
            <input
              type="checkbox"
              data-testid="style-rule-toggle"
              data-rule={id}
              checked={!house.disabledRules.includes(id)}
              onChange={(event) =>
                save({
                  disabledRules: event.target.checked
                    ? house.disabledRules.filter((off) => off !== id)
                    : [...house.disabledRules, id],
                })
              }
            />
            {ruleName(t, id)}
          </label>
        ))}
      </fieldset>
      <WordListSection wordList={house.wordList} onChange={(wordList) => save({ wordList })} />
      {failed && (
        <p className="notice" role="alert">
          {t('houseStyle.settings.saveFailed')}
        </p>
      )}
    </section>
  );
}
