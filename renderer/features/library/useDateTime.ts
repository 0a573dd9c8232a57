// Dates and times as the interface language writes them, in the house digits.
import { useMemo } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';

export function useDateTime(): (iso: string) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    return (iso: string) => format.format(new Date(iso));
  }, [i18n.locale]);
}
