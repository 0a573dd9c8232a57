// Runs the enabled rules on one block, or on a whole article (the benchmark's entry and
// the reference the incremental checker must agree with).
import { countDigitSystems } from './rules/mixed-digits.ts';
import { HOUSE_STYLE_RULES } from './rules/index.ts';
import type { ArticleFacts, Finding, HouseStyleOptions, HouseStyleRule } from './options.ts';

function enabledRules(
  options: HouseStyleOptions,
  scope: HouseStyleRule['scope'],
): HouseStyleRule[] {
  return HOUSE_STYLE_RULES.filter(
    (rule) => rule.scope === scope && !options.disabledRules.includes(rule.id),
  );
}

export function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end;
}

/** The findings of the rules that need only the block itself. */
export function checkBlockAlone(text: string, options: HouseStyleOptions): Finding[] {
  const context = { options, article: { westernDigits: 0, arabicIndicDigits: 0 } };
  return enabledRules(options, 'block').flatMap((rule) => rule.check(text, context));
}

/** The findings of the rules that also look at the article as a whole. */
export function checkBlockInArticle(
  text: string,
  options: HouseStyleOptions,
  article: ArticleFacts,
): Finding[] {
  return enabledRules(options, 'article').flatMap((rule) => rule.check(text, { options, article }));
}

export function checkBlock(
  text: string,
  options: HouseStyleOptions,
  article: ArticleFacts,
): Finding[] {
  return [...checkBlockAlone(text, options), ...checkBlockInArticle(text, options, article)].sort(
    byPosition,
  );
}

export function articleFacts(blocks: readonly string[]): ArticleFacts {
  let westernDigits = 0;
  let arabicIndicDigits = 0;
  for (const block of blocks) {
    const counts = countDigitSystems(block);
    westernDigits += counts.westernDigits;
    arabicIndicDigits += counts.arabicIndicDigits;
  }
  return { westernDigits, arabicIndicDigits };
}

/** Every block's findings, from nothing: what a full check of an article costs. */
export function checkArticle(blocks: readonly string[], options: HouseStyleOptions): Finding[][] {
  const article = articleFacts(blocks);
  return blocks.map((block) => checkBlock(block, options, article));
}
