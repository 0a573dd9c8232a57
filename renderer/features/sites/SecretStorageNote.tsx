// Where application passwords are kept on this machine, said plainly. Linux without a
// keyring can keep them only obfuscated: the user accepts that (or not), can take it
// back, and is told how to get a keyring instead.
import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { SecretStorage } from '../../../electron/contract/index.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { ConfirmButton } from '../library/ConfirmButton.tsx';

interface SecretStorageNoteProps {
  storage: SecretStorage;
  onAccept: () => Promise<void>;
  onWithdraw: () => Promise<void>;
}

export function SecretStorageNote({ storage, onAccept, onWithdraw }: SecretStorageNoteProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<unknown>(null);
  if (storage.kind !== 'basic-text') {
    return (
      <section className="secret-note" data-testid="secret-storage" data-kind={storage.kind}>
        <p>{t(`sites.storage.${storage.kind}`)}</p>
      </section>
    );
  }
  const accepted = storage.weakAccepted === true;
  return (
    <section
      className="secret-note secret-note-weak"
      data-testid="secret-storage"
      data-kind={storage.kind}
      data-accepted={accepted}
    >
      <p>{t(accepted ? 'sites.storage.basicTextAccepted' : 'sites.storage.basicTextAsked')}</p>
      <p>{t('sites.storage.getKeyring')}</p>
      <p>
        {accepted ? (
          <ConfirmButton
            label={t('sites.storage.withdraw')}
            question={t('sites.storage.withdrawQuestion')}
            testId="withdraw-weak-storage"
            onConfirm={() => void onWithdraw().catch(setError)}
          />
        ) : (
          <button
            type="button"
            className="quiet-button danger"
            data-testid="accept-weak-storage"
            onClick={() => onAccept().catch(setError)}
          >
            {t('sites.storage.accept')}
          </button>
        )}
      </p>
      {error ? <p role="alert">{errorMessage(error)}</p> : null}
    </section>
  );
}
