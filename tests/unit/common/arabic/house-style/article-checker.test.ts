import { describe, expect, it } from 'vitest';
import { ArticleChecker } from '../../../../../common/arabic/house-style/article-checker.ts';
import { checkArticle } from '../../../../../common/arabic/house-style/check.ts';
import { house } from './house-options.ts';

const blocks = (...texts: string[]) => texts.map((text, i) => ({ key: `k${i}`, text }));

describe('checking an open article as it changes', () => {
  it('finds what a full check finds', () => {
    const texts = ['قال, ثم مضى', 'عام ٢٠٢٤', 'وأصيب 30 شخصا', 'هـذا'];
    const result = new ArticleChecker(house()).check(blocks(...texts));
    expect([...result.findings.values()]).toEqual(checkArticle(texts, house()));
    expect(result.total).toBe(3);
  });

  it('checks again only the block whose text changed', () => {
    const checker = new ArticleChecker(house());
    checker.check(blocks('قال, ثم', 'هـذا', 'جيد'));
    const result = checker.check(blocks('قال, ثم', 'هذا', 'جيد'));
    expect([...result.changed]).toEqual(['k1']);
    expect(result.findings.get('k1')).toEqual([]);
    expect(result.findings.get('k0')).toHaveLength(1);
  });

  it('rechecks the digits of other blocks when the article starts mixing systems', () => {
    const checker = new ArticleChecker(house());
    checker.check(blocks('عام ٢٠٢٤', 'بلا أرقام'));
    const result = checker.check([
      { key: 'k0', text: 'عام ٢٠٢٤' },
      { key: 'k1', text: 'بلا أرقام' },
      { key: 'k2', text: 'وأصيب 30' },
    ]);
    expect(result.changed).toEqual(new Set(['k0', 'k2']));
    expect(result.findings.get('k0')!.map((finding) => finding.fix)).toEqual(['2024']);
  });

  it('reports the blocks that are gone', () => {
    const checker = new ArticleChecker(house());
    checker.check(blocks('أ', 'ب'));
    expect(checker.check(blocks('أ')).removed).toEqual(['k1']);
  });

  it('checks everything again with new options', () => {
    const checker = new ArticleChecker(house());
    checker.check(blocks('هـذا'));
    checker.setOptions(house({ disabledRules: ['tatweel'] }));
    const result = checker.check(blocks('هـذا'));
    expect(result.changed).toEqual(new Set(['k0']));
    expect(result.total).toBe(0);
  });

  it('can check a long article ahead in slices, and then finds the same', () => {
    const texts = ['قال, ثم', 'هـذا', 'عام ٢٠٢٤', 'و30'];
    const checker = new ArticleChecker(house());
    let budget = 1;
    const slice = () => budget-- > 0;
    const slices = [checker.warm(blocks(...texts), slice)];
    while (!slices.at(-1)) {
      budget = 1;
      slices.push(checker.warm(blocks(...texts), slice));
    }
    expect(slices).toEqual([false, false, false, true]);
    expect([...checker.check(blocks(...texts)).findings.values()]).toEqual(
      checkArticle(texts, house()),
    );
  });
});
