// The name this machine's suggestions are signed with (issue 5 point 4): shown beside each
// suggestion so the writer knows whose it is. Kept in the settings, not asked each time.
import { useState, type FormEvent } from 'react';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useSettings } from './settings-context.tsx';

const MAX_NAME_CHARS = 100;

type Outcome = { kind: 'saved' } | { kind: 'too_long' } | { kind: 'failed'; error: unknown } | null;

export function ReviewerNameForm() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { settings, updateSettings } = useSettings();
  const [typed, setTyped] = useState(settings.newsroom.reviewerName);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const name = typed.trim();
    if (name.length > MAX_NAME_CHARS) {
      setOutcome({ kind: 'too_long' });
      return;
    }
    try {
      await updateSettings({ newsroom: { reviewerName: name } });
      setTyped(name);
      setOutcome({ kind: 'saved' });
    } catch (error) {
      setOutcome({ kind: 'failed', error });
    }
  };

  return (
    <form className="settings-form" data-testid="reviewer-name" onSubmit={(event) => void submit(event)}>
      <h3>{t('settings.reviewer.title')}</h3>
      <label className="field">
        <span>{t('settings.reviewer.name')}</span>
        <input
          value={typed}
          data-testid="setting-reviewer-name"
          aria-invalid={outcome?.kind === 'too_long' ? true : undefined}
          onChange={(event) => {
            setTyped(event.target.value);
            setOutcome(null);
          }}
        />
        <span className="field-hint">{t('settings.reviewer.hint')}</span>
      </label>
      <button type="submit" className="primary-button" data-testid="reviewer-name-save">
        {t('settings.reviewer.save')}
      </button>
      {outcome && (
        <p
          className={outcome.kind === 'saved' ? 'settings-saved' : 'notice'}
          role={outcome.kind === 'saved' ? 'status' : 'alert'}
          data-testid="reviewer-name-outcome"
        >
          {outcome.kind === 'saved'
            ? t('settings.reviewer.saved')
            : outcome.kind === 'too_long'
              ? t('settings.reviewer.too_long', { max: MAX_NAME_CHARS })
              : errorMessage(outcome.error)}
        </p>
      )}
    </form>
  );
}
