// The suggestions panel beside the article: each open suggestion (kind, the text, who and
// when) with accept and reject, then accept or reject all, and all of one reviewer's.
import type { SuggestionEntry } from '../../editor/suggestions/list-suggestions.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useDraftNewsroom } from '../drafts/draft-newsroom-context.ts';
import '../../styles/suggestions.css';
import { useSuggestions, useSuggestionsStore, type SuggestionsStore } from './suggestions-store.ts';
import { CountedList } from '../shell/CountedList.tsx';
import { SidePanel } from '../shell/SidePanel.tsx';

export interface SuggestionsPanelProps {
  onClose: () => void;
}

export default function SuggestionsPanel({ onClose }: SuggestionsPanelProps) {
  const { t } = useTranslation();
  const { reviewerName } = useDraftNewsroom();
  const store = useSuggestionsStore();
  const { entries } = useSuggestions();

  return (
    <SidePanel
      className="suggestions-panel"
      testId="suggestions-panel"
      title={t('suggestions.title')}
      closeLabel={t('suggestions.close')}
      closeTestId="suggestions-close"
      onClose={onClose}
    >
      {reviewerName === '' && <p className="field-hint">{t('suggestions.nameHint')}</p>}
      <CountedList
        count={entries && store ? entries.length : null}
        strings="suggestions"
        loading="suggestions.listing"
      >
        {entries && store && (
          <>
            <ResolveGroup
              store={store}
              filter="all"
              accept={t('suggestions.acceptAll')}
              reject={t('suggestions.rejectAll')}
              testId="all"
            />
            <AuthorGroups store={store} entries={entries} />
            <ol className="suggestion-list">
              {entries.map((entry) => (
                <SuggestionItem key={entry.id} entry={entry} store={store} />
              ))}
            </ol>
          </>
        )}
      </CountedList>
    </SidePanel>
  );
}

function AuthorGroups({
  store,
  entries,
}: {
  store: SuggestionsStore;
  entries: readonly SuggestionEntry[];
}) {
  const { t } = useTranslation();
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry.author, (counts.get(entry.author) ?? 0) + 1);
  // With one reviewer, "all of theirs" is "all": no need to say it twice.
  if (counts.size < 2) return null;
  return (
    <ul className="suggestion-authors">
      {[...counts].map(([author, count]) => (
        <li key={author} data-testid="suggestions-author">
          <span>{t('suggestions.byAuthor', { author, count })}</span>
          <ResolveGroup
            store={store}
            filter={{ author }}
            accept={t('suggestions.acceptAuthor', { author })}
            reject={t('suggestions.rejectAuthor', { author })}
            testId="author"
          />
        </li>
      ))}
    </ul>
  );
}

interface ResolveGroupProps {
  store: SuggestionsStore;
  filter: Parameters<SuggestionsStore['resolve']>[0];
  accept: string;
  reject: string;
  testId: string;
}

function ResolveGroup({ store, filter, accept, reject, testId }: ResolveGroupProps) {
  return (
    <div className="suggestion-actions" role="group">
      <button
        type="button"
        className="quiet-button"
        data-testid={`suggestion-accept-${testId}`}
        onClick={() => store.resolve(filter, 'accept')}
      >
        {accept}
      </button>
      <button
        type="button"
        className="quiet-button"
        data-testid={`suggestion-reject-${testId}`}
        onClick={() => store.resolve(filter, 'reject')}
      >
        {reject}
      </button>
    </div>
  );
}

function SuggestionItem({ entry, store }: { entry: SuggestionEntry; store: SuggestionsStore }) {
  const { t, i18n } = useTranslation();
  const when = new Date(entry.time);
  const time = Number.isNaN(when.getTime())
    ? ''
    : new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
        when,
      );
  return (
    <li
      className={`suggestion-item suggestion-${entry.kind}`}
      data-testid="suggestion-entry"
      data-kind={entry.kind}
    >
      <p className="suggestion-kind">{t(`suggestions.kind.${entry.kind}`)}</p>
      <p className="suggestion-excerpt" dir="auto" data-testid="suggestion-excerpt">
        {entry.excerpt}
      </p>
      {entry.kind === 'replace' && (
        <p className="suggestion-replacement" dir="auto">
          {t('suggestions.replacedBy')} <bdi>{entry.replacement}</bdi>
        </p>
      )}
      <p className="suggestion-by">{t('suggestions.byAt', { author: entry.author, time })}</p>
      <ResolveGroup
        store={store}
        filter={{ id: entry.id }}
        accept={t('suggestions.accept')}
        reject={t('suggestions.reject')}
        testId="one"
      />
    </li>
  );
}
