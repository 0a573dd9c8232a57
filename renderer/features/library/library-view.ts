// The library list as the writer asked to see it: filtered by status and section, sorted
// by last change, headline or length. Pure, so it is tested without a browser.
import type { DraftSummary, WorkflowStatus } from '../../../electron/contract/index.ts';

export type SortOrder = 'updated' | 'headline' | 'words';

export interface LibraryFilter {
  status: WorkflowStatus | 'all';
  /** A section as the drafts spell it, '' for drafts with none, or 'all'. */
  section: string;
  sort: SortOrder;
}

export const ALL = 'all';
export const DEFAULT_FILTER: LibraryFilter = { status: ALL, section: ALL, sort: 'updated' };

/** The sections drafts are in, in the collation of the interface language. */
export function sectionsOf(drafts: readonly DraftSummary[], locale: string): string[] {
  const sections = new Set(drafts.map((draft) => draft.section.trim()));
  return [...sections].sort(new Intl.Collator(locale).compare);
}

export function viewDrafts(
  drafts: readonly DraftSummary[],
  filter: LibraryFilter,
  locale: string,
): DraftSummary[] {
  const collator = new Intl.Collator(locale);
  const shown = drafts.filter(
    (draft) =>
      (filter.status === ALL || draft.status === filter.status) &&
      (filter.section === ALL || draft.section.trim() === filter.section),
  );
  const byUpdated = (a: DraftSummary, b: DraftSummary) => b.updatedAt.localeCompare(a.updatedAt);
  const compare: Record<SortOrder, (a: DraftSummary, b: DraftSummary) => number> = {
    updated: byUpdated,
    headline: (a, b) => collator.compare(a.title, b.title) || byUpdated(a, b),
    words: (a, b) => b.words - a.words || byUpdated(a, b),
  };
  return shown.sort(compare[filter.sort]);
}
