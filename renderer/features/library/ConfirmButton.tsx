// A button for what cannot be undone: the first press asks, the second one does it.
import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';

interface ConfirmButtonProps {
  label: string;
  question: string;
  testId: string;
  onConfirm: () => void;
  /** The second press's label; "Yes, delete" unless the act is something else (publishing). */
  confirmLabel?: string;
  /** Drawn as a destructive act (red); publishing is final but not destructive. */
  danger?: boolean;
  disabled?: boolean;
}

export function ConfirmButton({
  label,
  question,
  testId,
  onConfirm,
  confirmLabel,
  danger = true,
  disabled = false,
}: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const className = danger ? 'quiet-button danger' : 'quiet-button';
  if (!asking) {
    return (
      <button
        type="button"
        className={className}
        data-testid={testId}
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span>{question}</span>
      <button
        type="button"
        className={className}
        data-testid={`${testId}-confirm`}
        disabled={disabled}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel ?? t('library.confirm')}
      </button>
      <button
        type="button"
        className="quiet-button"
        data-testid={`${testId}-cancel`}
        onClick={() => setAsking(false)}
      >
        {t('library.cancel')}
      </button>
    </span>
  );
}
