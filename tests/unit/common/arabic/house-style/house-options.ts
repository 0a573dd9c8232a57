// What the rule tests share: the app's default house options, and the text a rule's
// fixes make of a block.
import { applyFixes } from '../../../../../common/arabic/house-style/apply-fix.ts';
import { checkArticle } from '../../../../../common/arabic/house-style/check.ts';
import type {
  Finding,
  HouseStyleOptions,
} from '../../../../../common/arabic/house-style/options.ts';
import { DEFAULT_SETTINGS } from '../../../../../electron/default-settings.ts';

export const HOUSE: HouseStyleOptions = DEFAULT_SETTINGS.houseStyle;

export function house(changes: Partial<HouseStyleOptions> = {}): HouseStyleOptions {
  return { ...HOUSE, ...changes };
}

/** The findings of one rule in a one-block article. */
export function findingsOf(
  ruleId: string,
  text: string,
  options: HouseStyleOptions = HOUSE,
): Finding[] {
  return checkArticle([text], options)[0]!.filter((finding) => finding.ruleId === ruleId);
}

/** The flagged pieces of text, for readable expectations. */
export function flagged(
  ruleId: string,
  text: string,
  options: HouseStyleOptions = HOUSE,
): string[] {
  return findingsOf(ruleId, text, options).map((finding) => text.slice(finding.start, finding.end));
}

/** The block after every fix of one rule. */
export function fixedBy(ruleId: string, text: string, options: HouseStyleOptions = HOUSE): string {
  return applyFixes(text, findingsOf(ruleId, text, options));
}
