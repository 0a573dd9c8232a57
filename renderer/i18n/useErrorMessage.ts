// A caught error as a sentence in the interface language; a code we do not know yet reads
// as the generic message, never as the raw code.
import { useCallback } from 'react';
import { isTranslationKey } from './index.ts';
import { useTranslation } from './useTranslation.ts';
import { errorMessageKey } from './error-message.ts';

export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      const key = errorMessageKey(error);
      return isTranslationKey(key) ? t(key) : t('errors.app.unknown');
    },
    [t],
  );
}
