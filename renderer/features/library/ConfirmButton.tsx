// A button for what cannot be undone: the first press asks, the second one does it.
import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';

interface ConfirmButtonProps {
  label: string;
  question: string;
  testId: string;
  onConfirm: () => void;
}

export function ConfirmButton({ label, question, testId, onConfirm }: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="quiet-button danger" data-testid={testId} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span>{question}</span>
      <button
        type="button"
        className="quiet-button danger"
        data-testid={`${testId}-confirm`}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {t('library.confirm')}
      </button>
      <button type="button" className="quiet-button" onClick={() => setAsking(false)}>
        {t('library.cancel')}
      </button>
    </span>
  );
}
