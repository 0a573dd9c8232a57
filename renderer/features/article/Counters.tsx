// Words, characters and reading time under the article.
import { useTranslation } from 'react-i18next';
import { readingMinutes, type TextCounts } from '../../../common/arabic/word-count.ts';

export function Counters({ counts, wordsPerMinute }: { counts: TextCounts; wordsPerMinute: number }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const minutes = readingMinutes(counts.words, wordsPerMinute);
  const items = [
    { id: 'count-words', label: t('counts.words'), value: counts.words, text: number.format(counts.words) },
    { id: 'count-chars', label: t('counts.chars'), value: counts.characters, text: number.format(counts.characters) },
    {
      id: 'count-reading',
      label: t('counts.reading'),
      value: minutes,
      text: t('counts.readingValue', { minutes: number.format(minutes) }),
    },
  ];
  return (
    <dl className="counters" aria-label={t('counts.label')}>
      {items.map((item) => (
        <div key={item.id} className="counter">
          <dt>{item.label}</dt>
          <dd data-testid={item.id} data-value={item.value}>
            {item.text}
          </dd>
        </div>
      ))}
    </dl>
  );
}
