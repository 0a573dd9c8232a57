// The newsroom's settings that are not about one article: reading speed for the counters,
// the headline and excerpt limits, the newsroom roles, how pictures leave. Each field is checked before saving.
import { useState, type FormEvent } from 'react';
import { SETTINGS_RANGES } from '../../../common/settings/settings-ranges.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { AppearanceSetting } from './AppearanceSetting.tsx';
import { NewsroomRolesForm } from './NewsroomRolesForm.tsx';
import { ReviewerNameForm } from '../review/comments/ReviewerNameForm.tsx';
import { readWholeNumber } from './number-setting.ts';
import { PicturesSetting } from './PicturesSetting.tsx';
import { SpellingNote } from './SpellingNote.tsx';
import { SuggestingDefaultSetting } from './SuggestingDefaultSetting.tsx';
import { useSettings } from './settings-context.tsx';
import '../../styles/forms.css';
import '../../styles/settings.css';

type NumberField = 'wordsPerMinute' | 'headlineChars' | 'excerptChars';
const FIELDS: NumberField[] = ['wordsPerMinute', 'headlineChars', 'excerptChars'];

type Outcome =
  | { kind: 'saved' }
  | { kind: 'refused'; field: NumberField; reason: string }
  | { kind: 'failed'; error: unknown }
  | null;

export default function SettingsScreen() {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const { settings, updateSettings } = useSettings();
  const stored: Record<NumberField, number> = {
    wordsPerMinute: settings.editor.wordsPerMinute,
    headlineChars: settings.limits.headlineChars,
    excerptChars: settings.limits.excerptChars,
  };
  const number = new Intl.NumberFormat(i18n.locale);
  const [typed, setTyped] = useState(
    () =>
      Object.fromEntries(FIELDS.map((field) => [field, String(stored[field])])) as Record<
        NumberField,
        string
      >,
  );
  const [outcome, setOutcome] = useState<Outcome>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const values = {} as Record<NumberField, number>;
    for (const field of FIELDS) {
      const range = SETTINGS_RANGES[field];
      const reading = readWholeNumber(typed[field], range);
      if (!reading.ok) {
        const reason = t(`settings.${reading.reason}`, {
          min: number.format(range.min),
          max: number.format(range.max),
        });
        setOutcome({ kind: 'refused', field, reason });
        return;
      }
      values[field] = reading.value;
    }
    try {
      await updateSettings({
        editor: { wordsPerMinute: values.wordsPerMinute },
        limits: { headlineChars: values.headlineChars, excerptChars: values.excerptChars },
      });
      setOutcome({ kind: 'saved' });
    } catch (error) {
      setOutcome({ kind: 'failed', error });
    }
  };

  return (
    <main className="settings" data-testid="settings-screen" aria-labelledby="settings-heading">
      <h2 className="settings-heading" id="settings-heading">
        {t('settings.title')}
      </h2>
      <form className="settings-form" onSubmit={(event) => void submit(event)}>
        <h3>{t('settings.countsAndLimits')}</h3>
        {FIELDS.map((field) => (
          <label key={field} className="field">
            <span>{t(`settings.${field}`)}</span>
            <input
              inputMode="numeric"
              dir="ltr"
              value={typed[field]}
              data-testid={`setting-${field}`}
              aria-invalid={
                outcome?.kind === 'refused' && outcome.field === field ? true : undefined
              }
              onChange={(event) => {
                setTyped((previous) => ({ ...previous, [field]: event.target.value }));
                setOutcome(null);
              }}
            />
            <span className="field-hint">{t(`settings.${field}Hint`)}</span>
          </label>
        ))}
        <button type="submit" className="primary-button" data-testid="settings-save">
          {t('settings.save')}
        </button>
        {outcome && (
          <p
            className={outcome.kind === 'saved' ? 'settings-saved' : 'notice'}
            role={outcome.kind === 'saved' ? 'status' : 'alert'}
            data-testid="settings-outcome"
            data-outcome={outcome.kind}
          >
            {outcome.kind === 'saved'
              ? t('settings.saved')
              : outcome.kind === 'refused'
                ? `${t(`settings.${outcome.field}`)}: ${outcome.reason}`
                : errorMessage(outcome.error)}
          </p>
        )}
      </form>
      <AppearanceSetting />
      <NewsroomRolesForm />
      <ReviewerNameForm />
      <SuggestingDefaultSetting />
      <PicturesSetting />
      <SpellingNote />
    </main>
  );
}
