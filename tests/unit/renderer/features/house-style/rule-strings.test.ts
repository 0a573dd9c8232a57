import { describe, expect, it } from 'vitest';
import { HOUSE_STYLE_RULE_IDS } from '../../../../../common/arabic/house-style/rules/index.ts';
import { checkArticle } from '../../../../../common/arabic/house-style/check.ts';
import { translate } from '../../../../../renderer/i18n/translate.ts';
import { ar } from '../../../../../renderer/i18n/ar.ts';
import { en } from '../../../../../renderer/i18n/en.ts';
import { DEFAULT_SETTINGS } from '../../../../../electron/default-settings.ts';

describe('house-style strings', () => {
  it('every rule has a name and an explanation in Arabic and in English', () => {
    for (const strings of [ar, en]) {
      for (const id of HOUSE_STYLE_RULE_IDS) {
        for (const part of ['name', 'message']) {
          const key = `houseStyle.rule.${id}.${part}`;
          expect(translate(strings, {}, key), key).not.toBe(key);
        }
      }
    }
  });

  it('a finding’s message key leads to its rule’s explanation', () => {
    const finding = checkArticle(['هـذا'], DEFAULT_SETTINGS.houseStyle)[0]![0]!;
    expect(translate(en, {}, finding.messageKey)).toBe(en.houseStyle.rule.tatweel.message);
  });
});
