import { describe, expect, it } from 'vitest';
import type { DraftSummary } from '../../../../../electron/contract/index.ts';
import {
  DEFAULT_FILTER,
  sectionsOf,
  viewDrafts,
} from '../../../../../renderer/features/library/library-view.ts';

function draft(id: string, patch: Partial<DraftSummary>): DraftSummary {
  return {
    id: `draft-${id}-0000`,
    title: id,
    titleIsHeadline: true,
    section: '',
    words: 0,
    status: 'draft',
    sync: 'local',
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-01T08:00:00.000Z',
    ...patch,
  };
}

const drafts = [
  draft('بيروت', {
    section: 'سياسة',
    words: 300,
    status: 'sent_to_desk',
    updatedAt: '2026-11-03T08:00:00.000Z',
  }),
  draft('أسواق', { section: 'اقتصاد', words: 900, updatedAt: '2026-11-01T08:00:00.000Z' }),
  draft('تونس', { section: 'سياسة ', words: 50, updatedAt: '2026-11-02T08:00:00.000Z' }),
];
const titles = (shown: DraftSummary[]) => shown.map((summary) => summary.title);

describe('the library list', () => {
  it('shows the last changed draft first by default', () => {
    expect(titles(viewDrafts(drafts, DEFAULT_FILTER, 'ar'))).toEqual(['بيروت', 'تونس', 'أسواق']);
  });

  it('sorts by headline in Arabic alphabetical order, and by length, longest first', () => {
    expect(titles(viewDrafts(drafts, { ...DEFAULT_FILTER, sort: 'headline' }, 'ar'))).toEqual([
      'أسواق',
      'بيروت',
      'تونس',
    ]);
    expect(titles(viewDrafts(drafts, { ...DEFAULT_FILTER, sort: 'words' }, 'ar'))).toEqual([
      'أسواق',
      'بيروت',
      'تونس',
    ]);
  });

  it('filters by workflow status and by section, a stray space not making a second section', () => {
    expect(titles(viewDrafts(drafts, { ...DEFAULT_FILTER, status: 'sent_to_desk' }, 'ar'))).toEqual(
      ['بيروت'],
    );
    expect(titles(viewDrafts(drafts, { ...DEFAULT_FILTER, section: 'سياسة' }, 'ar'))).toEqual([
      'بيروت',
      'تونس',
    ]);
    expect(sectionsOf(drafts, 'ar')).toEqual(['اقتصاد', 'سياسة']);
  });

  it('leaves the list it was given untouched', () => {
    const before = titles(drafts);
    viewDrafts(drafts, { ...DEFAULT_FILTER, sort: 'words' }, 'ar');
    expect(titles(drafts)).toEqual(before);
  });
});
