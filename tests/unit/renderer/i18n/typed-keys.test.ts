// t() is typed from the Arabic catalogue: `npm run typecheck` fails on a misspelt key, on a
// counted phrase without its count, and on a key built from a value the catalogue lacks.
// The @ts-expect-error lines are the proof: if one of them type-checked, typecheck would fail.
import { describe, expect, it } from 'vitest';
import { i18n, isTranslationKey } from '../../../../renderer/i18n/index.ts';

describe('translation keys', () => {
  it('are checked against the catalogue when the code is type-checked', () => {
    const { t } = i18n;
    expect(t('counts.label')).toBe('إحصاءات المقال');
    // @ts-expect-error a misspelt key is not a translation key
    expect(t('counts.lable')).toBe('counts.lable');
    // @ts-expect-error a counted phrase needs its count
    t('history.words');
    expect(t('history.words', { count: 2 })).toBe('كلمتان');
    const status: 'draft' | 'published' = 'draft';
    expect(t(`workflow.${status}`)).toBe('مسودة');
    const unknown: 'draft' | 'shredded' = 'shredded';
    // @ts-expect-error a status the catalogue has no string for
    t(`workflow.${unknown}`);
  });

  it('built from outside data, go through a run-time check first', () => {
    expect(isTranslationKey('workflow.draft')).toBe(true);
    expect(isTranslationKey('workflow.shredded')).toBe(false);
    expect(isTranslationKey('history.words')).toBe(false);
  });
});
