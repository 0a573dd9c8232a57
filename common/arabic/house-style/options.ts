// What the house-style checker is told and what it answers. Field names match the app's
// HouseStyleSettings (electron/contract/settings.ts), so the renderer passes its settings as they are.

export interface HouseStyleOptions {
  readonly quoteStyle: 'guillemets' | 'curly';
  readonly digits: 'western' | 'arabic-indic';
  readonly tanween: 'before-alef' | 'on-alef' | 'either';
  /** Rule ids the newsroom turned off. */
  readonly disabledRules: readonly string[];
  readonly maxSentenceWords: number;
  readonly wordList: readonly WordListEntry[];
}

export interface WordListEntry {
  readonly preferred: string;
  readonly variants: readonly string[];
}

/** One thing in a block's text that the house style would write otherwise. */
export interface Finding {
  readonly ruleId: string;
  /** UTF-16 offsets in the block's plain text: [start, end). */
  readonly start: number;
  readonly end: number;
  /** The i18n key of the explanation shown to the writer. */
  readonly messageKey: string;
  /** What [start, end) becomes on a click; null where no fix can be mechanical (advice). */
  readonly fix: string | null;
}

/** Facts about the whole article that a block alone cannot tell. */
export interface ArticleFacts {
  readonly westernDigits: number;
  readonly arabicIndicDigits: number;
}

export interface RuleContext {
  readonly options: HouseStyleOptions;
  readonly article: ArticleFacts;
}

export interface HouseStyleRule {
  readonly id: string;
  /** 'article' rules depend on ArticleFacts too, and run again when those change. */
  readonly scope: 'block' | 'article';
  check(text: string, context: RuleContext): Finding[];
}

/** A finding of `rule` at [start, end), its message key derived from the id. */
export function finding(ruleId: string, start: number, end: number, fix: string | null): Finding {
  return { ruleId, start, end, messageKey: `houseStyle.rule.${ruleId}.message`, fix };
}
