// The name comments are signed with on this machine (settings.newsroom.reviewerName): asked
// for once in the comments panel of a user without a site (a site's account name serves
// otherwise), changed later in Settings.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { REVIEW_LIMITS } from '../../../../common/review/review-limits.ts';
import { useErrorMessage } from '../../../i18n/useErrorMessage.ts';
import { useTranslation } from '../../../i18n/useTranslation.ts';
import { useSettings } from '../../settings/settings-context.tsx';

type Outcome = { kind: 'saved' } | { kind: 'empty' } | { kind: 'failed'; error: unknown } | null;

interface ReviewerNameFormProps {
  intro?: boolean;
  /** Takes the caret when this changes (a comment begun before there is a name to sign it with). */
  focusOn?: unknown;
}

export function ReviewerNameForm({ intro, focusOn }: ReviewerNameFormProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { settings, updateSettings } = useSettings();
  const [name, setName] = useState(settings.newsroom.reviewerName);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusOn !== undefined) field.current?.focus();
  }, [focusOn]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setOutcome({ kind: 'empty' });
      return;
    }
    try {
      await updateSettings({ newsroom: { reviewerName: name.trim() } });
      setOutcome({ kind: 'saved' });
    } catch (error) {
      setOutcome({ kind: 'failed', error });
    }
  };

  return (
    <form
      className="settings-form reviewer-name"
      data-testid="reviewer-name-form"
      onSubmit={(event) => void submit(event)}
    >
      <h3>{t('comments.nameTitle')}</h3>
      {intro && <p className="field-hint">{t('comments.nameHint')}</p>}
      <label className="field">
        <span>{t('comments.nameLabel')}</span>
        <input
          ref={field}
          value={name}
          maxLength={REVIEW_LIMITS.nameChars}
          data-testid="reviewer-name"
          onChange={(event) => {
            setName(event.target.value);
            setOutcome(null);
          }}
        />
      </label>
      <button type="submit" className="primary-button" data-testid="reviewer-name-save">
        {t('comments.nameSave')}
      </button>
      {outcome && (
        <p
          className={outcome.kind === 'saved' ? 'settings-saved' : 'notice'}
          role={outcome.kind === 'saved' ? 'status' : 'alert'}
        >
          {outcome.kind === 'saved'
            ? t('comments.nameSaved')
            : outcome.kind === 'empty'
              ? t('comments.refused.name_missing')
              : errorMessage(outcome.error)}
        </p>
      )}
    </form>
  );
}
