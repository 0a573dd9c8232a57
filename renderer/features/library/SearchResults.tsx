// Drafts that match the search, best first, each with the matching words marked in the
// field where they were found.
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { DraftSummary } from '../../../electron/contract/index.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { Highlighted } from './Highlighted.tsx';
import type { SearchState } from './useDraftSearch.ts';

interface SearchResultsProps {
  search: SearchState;
  drafts: ReadonlyMap<string, DraftSummary>;
  onOpen: (draftId: string) => void;
}

export function SearchResults({ search, drafts, onOpen }: SearchResultsProps) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const formatNumber = (value: number) => new Intl.NumberFormat(i18n.language).format(value);
  if (search.state === 'off') return null;
  if (search.state === 'searching') return <p className="library-empty">{t('search.searching')}</p>;
  if (search.state === 'failed') {
    return (
      <p className="notice" role="alert">
        {errorMessage(search.error)}
      </p>
    );
  }
  const partial = search.reading.complete ? null : (
    <p className="library-empty" role="status" data-testid="search-partial">
      {t('search.partial', {
        searched: formatNumber(search.reading.searchable),
        total: formatNumber(search.reading.total),
      })}
    </p>
  );
  if (search.results.length === 0) {
    return (
      <>
        {partial}
        <p className="library-empty" data-testid="search-none">
          {t('search.none')}
        </p>
      </>
    );
  }
  return (
    <>
      {partial}
      <ol className="search-results" data-testid="search-results" aria-label={t('search.results')}>
        {search.results.map((result) => {
          const summary = drafts.get(result.draftId);
          return (
            <li
              key={result.draftId}
              className="search-result"
              data-testid="search-result"
              data-draft-id={result.draftId}
            >
              <button type="button" className="draft-open" onClick={() => onOpen(result.draftId)}>
                <span className="draft-title" lang="ar" dir="auto">
                  {summary?.title || t('library.untitled')}
                </span>
              </button>
              {result.highlights.map((highlight) => (
                <p key={highlight.field} className="search-highlight" data-field={highlight.field}>
                  <span className="search-field">{t(`search.field.${highlight.field}`)}</span>{' '}
                  <span lang="ar" dir="auto">
                    <Highlighted text={highlight.text} ranges={highlight.ranges} />
                  </span>
                </p>
              ))}
            </li>
          );
        })}
      </ol>
    </>
  );
}
