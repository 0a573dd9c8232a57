// A house-style rule's name in the interface language; rule ids are plain strings in the
// checker, so the key is checked against the catalogue and an unknown rule reads as its id.
import { isTranslationKey, type Translate } from '../../i18n/index.ts';

export function ruleName(t: Translate, ruleId: string): string {
  const key = `houseStyle.rule.${ruleId}.name`;
  return isTranslationKey(key) ? t(key) : ruleId;
}
