// Where application passwords are kept on this machine, said plainly; Linux without a
// keyring keeps them only obfuscated, which the user has to accept once.
import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { SecretStorage } from '../../../electron/contract.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';

interface SecretStorageNoteProps {
  storage: SecretStorage;
  onAccept: () => Promise<void>;
}

export function SecretStorageNote({ storage, onAccept }: SecretStorageNoteProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<unknown>(null);
  const weak = storage.kind === 'basic-text';
  return (
    <section className={weak ? 'secret-note secret-note-weak' : 'secret-note'} data-testid="secret-storage" data-kind={storage.kind}>
      <p>{t(`sites.storage.${storage.kind}`)}</p>
      {weak && !storage.weakAccepted && (
        <p>
          <button type="button" className="quiet-button danger" data-testid="accept-weak-storage" onClick={() => onAccept().catch(setError)}>
            {t('sites.storage.accept')}
          </button>
        </p>
      )}
      {error ? <p role="alert">{errorMessage(error)}</p> : null}
    </section>
  );
}
