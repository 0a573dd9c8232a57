import { describe, expect, it } from 'vitest';
import { mergeBlocks, mergeValue } from '../../../../common/document/block-merge.ts';

const same = (block: string) => block;
const merge = (base: string[], ours: string[], theirs: string[]) =>
  mergeBlocks(base, ours, theirs, same);

describe('merging an article by paragraph', () => {
  const base = ['المقدمة', 'بلغت الكلفة 12 مليون', 'الخاتمة'];

  it('takes the reporter’s correction and the desk’s edit when they touched different paragraphs', () => {
    const ours = ['المقدمة المنقحة', 'بلغت الكلفة 12 مليون', 'الخاتمة'];
    const theirs = ['المقدمة', 'بلغت الكلفة 11.5 مليون', 'الخاتمة'];
    expect(merge(base, ours, theirs)).toEqual({
      ok: true,
      blocks: ['المقدمة المنقحة', 'بلغت الكلفة 11.5 مليون', 'الخاتمة'],
    });
  });

  it('merges edits the two sides made to neighbouring paragraphs', () => {
    const ours = ['المقدمة', 'بلغت الكلفة 12 مليون', 'الخاتمة المنقحة'];
    const theirs = ['المقدمة', 'بلغت الكلفة 11.5 مليون', 'الخاتمة'];
    expect(merge(base, ours, theirs)).toEqual({
      ok: true,
      blocks: ['المقدمة', 'بلغت الكلفة 11.5 مليون', 'الخاتمة المنقحة'],
    });
    expect(merge(['أ', 'ب'], ['أ', 'ب2'], ['أ1', 'ب'])).toEqual({ ok: true, blocks: ['أ1', 'ب2'] });
  });

  it('stops at a conflict when both sides changed the same paragraph differently', () => {
    const ours = ['المقدمة', 'بلغت الكلفة نحو 12 مليون', 'الخاتمة'];
    const theirs = ['المقدمة', 'بلغت الكلفة 11.5 مليون', 'الخاتمة'];
    expect(merge(base, ours, theirs)).toEqual({ ok: false, conflicts: 1 });
  });

  it('accepts the same change made on both sides once', () => {
    const both = ['المقدمة', 'بلغت الكلفة 11.5 مليون', 'الخاتمة'];
    expect(merge(base, both, both)).toEqual({ ok: true, blocks: both });
  });

  it('keeps a paragraph one side added and drops one the other side deleted', () => {
    const ours = ['المقدمة', 'بلغت الكلفة 12 مليون', 'فقرة جديدة من المكتب', 'الخاتمة'];
    const theirs = ['بلغت الكلفة 12 مليون', 'الخاتمة'];
    expect(merge(base, ours, theirs)).toEqual({
      ok: true,
      blocks: ['بلغت الكلفة 12 مليون', 'فقرة جديدة من المكتب', 'الخاتمة'],
    });
  });

  it('keeps both sides’ paragraphs added at the two ends', () => {
    const ours = ['تمهيد', ...base];
    const theirs = [...base, 'ملحق'];
    expect(merge(base, ours, theirs)).toEqual({ ok: true, blocks: ['تمهيد', ...base, 'ملحق'] });
  });

  it('calls paragraphs added by both sides at the same place a conflict', () => {
    expect(merge(base, [...base, 'أ'], [...base, 'ب'])).toEqual({ ok: false, conflicts: 1 });
  });

  it('returns the site’s blocks when the local copy is unchanged', () => {
    const theirs = ['جديد كله'];
    expect(merge(base, base, theirs)).toEqual({ ok: true, blocks: theirs });
  });

  it('compares blocks by the key it is given, keeping each side’s own objects', () => {
    const block = (text: string, from: string) => ({ text, from });
    const key = (each: { text: string }) => each.text;
    const result = mergeBlocks(
      [block('أ', 'base'), block('ب', 'base')],
      [block('أ', 'ours'), block('ب2', 'ours')],
      [block('أ1', 'theirs'), block('ب', 'theirs')],
      key,
    );
    expect(result).toEqual({ ok: true, blocks: [block('أ1', 'theirs'), block('ب2', 'ours')] });
  });
});

describe('merging one field', () => {
  it('takes the side that changed it, and refuses when both changed it differently', () => {
    expect(mergeValue('عنوان', 'عنوان', 'عنوان جديد')).toEqual({ value: 'عنوان جديد' });
    expect(mergeValue('عنوان', 'عنوان المكتب', 'عنوان')).toEqual({ value: 'عنوان المكتب' });
    expect(mergeValue('عنوان', 'أ', 'ب')).toBeNull();
  });
});
