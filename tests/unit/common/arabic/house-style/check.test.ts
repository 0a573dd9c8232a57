import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../../../../common/arabic/house-style/check.ts';
import { HOUSE_STYLE_RULE_IDS } from '../../../../../common/arabic/house-style/rules/index.ts';
import { house } from './house-options.ts';

describe('running the house-style rules', () => {
  it('lists each finding of a block in the order of the text', () => {
    const [findings] = checkArticle(['قال الوزير, إن هـذا  جيد'], house());
    expect(findings!.map((finding) => finding.ruleId)).toEqual([
      'latin-punctuation',
      'tatweel',
      'repeated-spaces',
    ]);
    expect(
      findings!.every((finding, i, all) => i === 0 || all[i - 1]!.start <= finding.start),
    ).toBe(true);
  });

  it('runs no rule the newsroom turned off', () => {
    const [findings] = checkArticle(
      ['قال الوزير, إن هـذا  جيد'],
      house({ disabledRules: ['tatweel', 'repeated-spaces'] }),
    );
    expect(findings!.map((finding) => finding.ruleId)).toEqual(['latin-punctuation']);
  });

  it('gives each finding a message key of its rule', () => {
    const [findings] = checkArticle(['هـذا'], house());
    expect(findings![0]!.messageKey).toBe('houseStyle.rule.tatweel.message');
  });

  it('finds nothing in clean Arabic text', () => {
    expect(checkArticle(['قال الوزير إن الخطة «جاهزة»، وإنها تبدأ عام 2025.'], house())).toEqual([
      [],
    ]);
  });

  it('has a stable, unique id for every rule', () => {
    expect(new Set(HOUSE_STYLE_RULE_IDS).size).toBe(HOUSE_STYLE_RULE_IDS.length);
    expect(HOUSE_STYLE_RULE_IDS).toContain('latin-punctuation');
    expect(HOUSE_STYLE_RULE_IDS.every((id) => /^[a-z]+(-[a-z]+)*$/u.test(id))).toBe(true);
  });
});
