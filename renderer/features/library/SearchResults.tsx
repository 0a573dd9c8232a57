// Drafts that match the search, best first, each with the matching words marked in the
// field where they were found.
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { DraftSummary } from '../../../electron/contract.ts';
import { useErrorMessage } from '../../i18n/useErrorMessage.ts';
import { Highlighted } from './Highlighted.tsx';
import type { SearchState } from './useDraftSearch.ts';

interface SearchResultsProps {
  search: SearchState;
  drafts: ReadonlyMap<string, DraftSummary>;
  onOpen: (draftId: string) => void;
}

export function SearchResults({ search, drafts, onOpen }: SearchResultsProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  if (search.state === 'off') return null;
  if (search.state === 'searching') return <p className="library-empty">{t('search.searching')}</p>;
  if (search.state === 'failed') {
    return (
      <p className="notice" role="alert">
        {errorMessage(search.error)}
      </p>
    );
  }
  if (search.results.length === 0) return <p className="library-empty" data-testid="search-none">{t('search.none')}</p>;
  return (
    <ol className="search-results" data-testid="search-results" aria-label={t('search.results')}>
      {search.results.map((result) => {
        const summary = drafts.get(result.draftId);
        return (
          <li key={result.draftId} className="search-result" data-testid="search-result" data-draft-id={result.draftId}>
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
  );
}
