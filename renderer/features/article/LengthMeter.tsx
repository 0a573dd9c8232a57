// The length of a headline or excerpt against the newsroom's limit, beside the field:
// "42 / 65", a warning from 85% of the limit and how far over once it is exceeded.
import { countCharacters } from '../../../common/arabic/word-count.ts';
import { lengthStanding } from '../../../common/document/length-limit.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

export function LengthMeter({ id, text, limit }: { id: string; text: string; limit: number }) {
  const { t } = useTranslation();
  const length = countCharacters(text);
  const { state, left } = lengthStanding(length, limit);
  const warning =
    state === 'over'
      ? t('limits.over', { count: -left })
      : state === 'near'
        ? t('limits.near', { count: left })
        : '';
  return (
    <p
      className={`length-meter length-${state}`}
      id={id}
      data-testid={id}
      data-state={state}
      aria-live="polite"
    >
      <span className="length-figures" data-length={length} data-limit={limit}>
        {t('limits.figures', { length, limit })}
      </span>
      {warning && <span className="length-warning">{warning}</span>}
    </p>
  );
}
