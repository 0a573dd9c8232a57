// A list in a panel beside the article (findings, misspellings, suggestions): a line while
// it is still being made, a line when it is empty, else how many there are above the list.
import type { ReactNode } from 'react';
import type { StringKey } from '../../i18n/index.ts';
import type { PluralKey, TranslationKey } from '../../i18n/keys.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

/** A part of the strings with a `none` line and a `count` line (counted or not): a list's lines. */
type ListStrings = TranslationKey extends infer Key
  ? Key extends `${infer Scope}.count`
    ? `${Scope}.none` extends StringKey
      ? Scope
      : never
    : never
  : never;

interface CountedListProps {
  /** How many there are; null while they are still being found. */
  count: number | null;
  /** Where `${strings}.none` and `${strings}.count` are. */
  strings: ListStrings;
  /** Said while the list is still being made. */
  loading: StringKey;
  /** Names the lines for the tests, `${testId}-none` and `${testId}-total`: `strings` if not given. */
  testId?: string;
  /** `${testId}-total` if not given. */
  totalClassName?: string;
  /** The list itself, shown only when there is something in it. */
  children: ReactNode;
}

export function CountedList({
  count,
  strings,
  loading,
  testId = strings,
  totalClassName = `${testId}-total`,
  children,
}: CountedListProps) {
  const { t } = useTranslation();
  if (count === null) return <p className="loading-panel">{t(loading)}</p>;
  if (count === 0)
    return (
      <p className="library-empty" data-testid={`${testId}-none`}>
        {t(`${strings}.none`)}
      </p>
    );
  return (
    <>
      <p className={totalClassName} data-testid={`${testId}-total`}>
        {/* As a counted phrase: a plain `count` string ("… {{count}}") fills in the count alike. */}
        {t(`${strings}.count` as PluralKey, { count })}
      </p>
      {children}
    </>
  );
}
