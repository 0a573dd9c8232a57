// How pictures leave Midad (settings.pictures): the longest side they are shrunk to, and
// whether the photographer's credit and caption stay in the file. The rest of a camera's
// metadata never leaves, whatever is set here.
import { useState, type FormEvent } from 'react';
import { SETTINGS_RANGES } from '../../../common/settings/settings-ranges.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { readWholeNumber } from './number-setting.ts';
import { useSettings } from './settings-context.tsx';

type Outcome =
  | { kind: 'saved' }
  | { kind: 'refused'; reason: string }
  | { kind: 'failed'; error: unknown }
  | null;

export function PicturesSetting() {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const { settings, updateSettings } = useSettings();
  const [typed, setTyped] = useState(String(settings.pictures.maxLongSide));
  const [outcome, setOutcome] = useState<Outcome>(null);
  const range = SETTINGS_RANGES.pictureLongSide;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const reading = readWholeNumber(typed, range);
    if (!reading.ok) {
      const number = new Intl.NumberFormat(i18n.locale);
      setOutcome({
        kind: 'refused',
        reason: t(`settings.${reading.reason}`, {
          min: number.format(range.min),
          max: number.format(range.max),
        }),
      });
      return;
    }
    try {
      await updateSettings({ pictures: { maxLongSide: reading.value } });
      setOutcome({ kind: 'saved' });
    } catch (error) {
      setOutcome({ kind: 'failed', error });
    }
  };

  return (
    <form
      className="settings-form"
      aria-labelledby="pictures-setting-title"
      onSubmit={(event) => void submit(event)}
    >
      <h3 id="pictures-setting-title">{t('settings.pictures.title')}</h3>
      <p className="field-hint">{t('settings.pictures.intro')}</p>
      <label className="field">
        <span>{t('settings.pictures.maxLongSide')}</span>
        <input
          inputMode="numeric"
          dir="ltr"
          value={typed}
          data-testid="setting-picture-long-side"
          aria-invalid={outcome?.kind === 'refused' ? true : undefined}
          onChange={(event) => {
            setTyped(event.target.value);
            setOutcome(null);
          }}
        />
        <span className="field-hint">{t('settings.pictures.maxLongSideHint')}</span>
      </label>
      <label className="checkbox-field">
        <input
          type="checkbox"
          data-testid="setting-picture-keep-credit"
          checked={settings.pictures.keepCredit}
          onChange={(event) => {
            setOutcome(null);
            updateSettings({ pictures: { keepCredit: event.target.checked } }).catch(
              (error: unknown) => setOutcome({ kind: 'failed', error }),
            );
          }}
        />
        {t('settings.pictures.keepCredit')}
      </label>
      <p className="field-hint">{t('settings.pictures.keepCreditHint')}</p>
      <button type="submit" className="primary-button" data-testid="setting-picture-save">
        {t('settings.pictures.save')}
      </button>
      {outcome && (
        <p
          className={outcome.kind === 'saved' ? 'settings-saved' : 'notice'}
          role={outcome.kind === 'saved' ? 'status' : 'alert'}
          data-testid="setting-picture-outcome"
        >
          {outcome.kind === 'saved'
            ? t('settings.saved')
            : outcome.kind === 'refused'
              ? `${t('settings.pictures.maxLongSide')}: ${outcome.reason}`
              : errorMessage(outcome.error)}
        </p>
      )}
    </form>
  );
}
