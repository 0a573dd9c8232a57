// How the list is narrowed and ordered: by workflow status, by section, and the sort.
import { useTranslation } from '../../i18n/useTranslation.ts';
import { WORKFLOW_STATUSES } from '../../../common/newsroom/workflow-statuses.ts';
import { ALL, type LibraryFilter, type SortOrder } from './library-view.ts';

const SORTS: SortOrder[] = ['updated', 'headline', 'words'];

interface LibraryFiltersProps {
  filter: LibraryFilter;
  sections: string[];
  onChange: (filter: LibraryFilter) => void;
}

export function LibraryFilters({ filter, sections, onChange }: LibraryFiltersProps) {
  const { t } = useTranslation();
  return (
    <div className="library-filters">
      <label>
        <span>{t('library.filterStatus')}</span>
        <select
          data-testid="filter-status"
          value={filter.status}
          onChange={(event) =>
            onChange({ ...filter, status: event.target.value as LibraryFilter['status'] })
          }
        >
          <option value={ALL}>{t('library.all')}</option>
          {WORKFLOW_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`workflow.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('library.filterSection')}</span>
        <select
          data-testid="filter-section"
          value={filter.section}
          onChange={(event) => onChange({ ...filter, section: event.target.value })}
        >
          <option value={ALL}>{t('library.all')}</option>
          {sections.map((section) => (
            <option key={section} value={section}>
              {section || t('library.noSection')}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('library.sort')}</span>
        <select
          data-testid="sort"
          value={filter.sort}
          onChange={(event) => onChange({ ...filter, sort: event.target.value as SortOrder })}
        >
          {SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`library.sortBy.${sort}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
