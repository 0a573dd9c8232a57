// The article's misspellings listed in the style panel: each with a little of its text
// around it, a click to go to it, its suggestions on demand, and "add to the word list".
import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { CountedList } from '../shell/CountedList.tsx';
import {
  useSpelling,
  useSpellingStore,
  type Misspelling,
  type SpellingStore,
} from './spelling-store.ts';
import { useAddToWordList } from './use-add-to-word-list.ts';

/** A long article's list stops here; the underlines still show every one. */
const MAX_LISTED = 200;

export function SpellingList() {
  const { t } = useTranslation();
  const store = useSpellingStore();
  const { state, misspellings } = useSpelling();
  if (!store || state === 'off') return null;
  return (
    <section className="spelling-list" data-testid="spelling-list" aria-labelledby="spelling-list">
      <h3 id="spelling-list">{t('spelling.title')}</h3>
      {state === 'failed' ? (
        <p className="notice" role="alert">
          {t('spelling.failed')}
        </p>
      ) : (
        <CountedList
          count={state === 'loading' ? null : misspellings.length}
          strings="spelling"
          loading="spelling.loading"
          totalClassName="style-total"
        >
          <ul>
            {misspellings.slice(0, MAX_LISTED).map((item) => (
              <MisspellingItem key={item.id} item={item} store={store} />
            ))}
          </ul>
        </CountedList>
      )}
    </section>
  );
}

function MisspellingItem({ item, store }: { item: Misspelling; store: SpellingStore }) {
  const { t } = useTranslation();
  const addToWordList = useAddToWordList();
  const [suggestions, setSuggestions] = useState<string[] | null>(null);
  const [asked, setAsked] = useState(false);
  const ask = () => {
    setAsked(true);
    store.suggest(item).then(setSuggestions, () => setSuggestions([]));
  };
  return (
    <li data-testid="spelling-item">
      <button type="button" className="quiet-button" onClick={() => store.reveal(item)}>
        <bdi>
          …{item.before}
          <span className="spelling-word">{item.word.text}</span>
          {item.after}…
        </bdi>
      </button>
      <div className="spelling-actions">
        {!asked && (
          <button type="button" className="quiet-button" onClick={ask}>
            {t('spelling.suggest')}
          </button>
        )}
        {asked && suggestions === null && <span>{t('spelling.suggesting')}</span>}
        {suggestions?.length === 0 && <span>{t('spelling.noSuggestions')}</span>}
        {suggestions?.map((suggestion) => (
          <button
            key={suggestion}
            type="button"
            className="quiet-button"
            onClick={() => store.replace(item, suggestion)}
          >
            <bdi>{suggestion}</bdi>
          </button>
        ))}
        <button type="button" className="quiet-button" onClick={() => addToWordList(item.word.key)}>
          {t('spelling.addToWordList')}
        </button>
      </div>
    </li>
  );
}
