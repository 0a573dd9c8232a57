// Words, characters and reading time under the article, and the same for the selection
// while there is one. Empty until the first count, which runs when the browser is idle
// after the draft opens (useArticleCounts).
import { formatInteger } from '../../i18n/format-integer.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useSettings } from '../settings/settings-context.tsx';
import { readingMinutes, type TextCounts } from '../../../common/arabic/word-count.ts';

interface CounterItem {
  id: string;
  label: string;
  value?: number;
  text?: string;
}

interface CountersProps {
  counts: TextCounts | null;
  /** The selected text's counts, or null when nothing is selected. */
  selection: TextCounts | null;
}

export function Counters({ counts, selection }: CountersProps) {
  const { t, i18n } = useTranslation();
  const { wordsPerMinute } = useSettings().settings.editor;
  const items: CounterItem[] = [
    { id: 'count-words', label: t('counts.words') },
    { id: 'count-chars', label: t('counts.chars') },
    { id: 'count-reading', label: t('counts.reading') },
  ];
  if (counts) {
    const minutes = readingMinutes(counts.words, wordsPerMinute);
    Object.assign(items[0], {
      value: counts.words,
      text: formatInteger(counts.words, i18n.digits),
    });
    Object.assign(items[1], {
      value: counts.characters,
      text: formatInteger(counts.characters, i18n.digits),
    });
    Object.assign(items[2], { value: minutes, text: t('counts.readingValue', { count: minutes }) });
  }
  return (
    <div className="counters-bar">
      <dl className="counters" aria-label={t('counts.label')} aria-busy={counts ? undefined : true}>
        {items.map((item) => (
          <div key={item.id} className="counter">
            <dt>{item.label}</dt>
            <dd data-testid={item.id} data-value={item.value}>
              {item.text}
            </dd>
          </div>
        ))}
      </dl>
      {selection && (
        <p
          className="selection-counts"
          data-testid="selection-counts"
          data-words={selection.words}
          data-chars={selection.characters}
        >
          {t('counts.selection', { words: selection.words, chars: selection.characters })}
        </p>
      )}
    </div>
  );
}
