// Looks a dotted key up in a language's strings, picks a count's plural form and fills in
// its {{placeholders}}, numbers in the house digits. Pure, so the rules (fallback language,
// then defaultValue, then the key itself; plural forms) are unit tested.
import type { Language } from '../../electron/contract/index.ts';
import { formatInteger, type Digits } from './format-integer.ts';

/** Intl.PluralRules' categories, the CLDR names ('zero' … 'other'). */
export type PluralCategory = Intl.LDMLPluralRule;
const PLURAL_CATEGORIES: readonly string[] = [
  'zero',
  'one',
  'two',
  'few',
  'many',
  'other',
] satisfies PluralCategory[];

/**
 * A counted phrase in Arabic: all six forms, so a missing one is a type error. Arabic agrees
 * the noun with the number: لا كلمات، كلمة واحدة، كلمتان، ٣ كلمات، ١١ كلمة، ١٠٠ كلمة.
 */
export type ArabicPlural = { readonly [C in PluralCategory]: string };
/** A counted phrase in English: "1 word", "2 words" (English has only one and other). */
export interface EnglishPlural {
  readonly one: string;
  readonly other: string;
}
/** Any language's counted phrase: `other` is what a category without its own form uses. */
export type PluralForms = { readonly [C in PluralCategory]?: string } & { readonly other: string };

/** A language's strings: nested objects whose leaves are strings or counted phrases. */
export interface StringTree {
  readonly [key: string]: string | PluralForms | StringTree;
}

/** Values for the {{name}} placeholders (`count` picks a plural form), and what to say if the key has no string. */
export interface TranslateOptions {
  readonly defaultValue?: string;
  readonly count?: number;
  readonly [placeholder: string]: string | number | undefined;
}

/** How numbers read: the plural rules of the strings' language, and the house digits. */
export interface NumberStyle {
  readonly language: Language;
  readonly digits: Digits;
}

const ARABIC_WESTERN: NumberStyle = { language: 'ar', digits: 'western' };

type Leaf = string | PluralForms;

/** A group whose keys are all plural categories, with `other` among them, is a counted phrase. */
export function isPluralForms(node: unknown): node is PluralForms {
  if (typeof node !== 'object' || node === null) return false;
  const entries = Object.entries(node);
  return (
    Object.hasOwn(node, 'other') &&
    entries.every(([key, value]) => PLURAL_CATEGORIES.includes(key) && typeof value === 'string')
  );
}

function lookup(strings: StringTree, key: string): Leaf | undefined {
  let node: string | StringTree | PluralForms | undefined = strings;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || isPluralForms(node)) return undefined;
    node = Object.hasOwn(node, part) ? (node as StringTree)[part] : undefined;
  }
  return typeof node === 'string' || isPluralForms(node) ? node : undefined;
}

/** Whether `strings` has a plain string (not a counted phrase) at `key`. */
export function hasString(strings: StringTree, key: string): boolean {
  return typeof lookup(strings, key) === 'string';
}

// One PluralRules per language, made at the first count: its ICU data should not delay the start.
const pluralRules = new Map<Language, Intl.PluralRules>();

function pluralCategory(language: Language, count: number): PluralCategory {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(count);
}

/** The form of `forms` that agrees with `count` in `language`. */
export function pickPluralForm(forms: PluralForms, count: number, language: Language): string {
  return forms[pluralCategory(language, count)] ?? forms.other;
}

function interpolate(
  template: string,
  options: TranslateOptions | undefined,
  digits: Digits,
): string {
  if (!options) return template;
  // A placeholder without a value stays visible, so a missing argument shows in review.
  return template.replace(/\{\{\s*(\w+)\s*\}\}/gu, (placeholder, name: string) => {
    const value = name === 'defaultValue' ? undefined : options[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' && Number.isInteger(value)
      ? formatInteger(value, digits)
      : String(value);
  });
}

/**
 * `key`'s text in `strings`, else in `fallback` (the Arabic strings), with whole-number
 * placeholders written in `style.digits`; a counted phrase takes the form for `options.count`.
 */
export function translate(
  strings: StringTree,
  fallback: StringTree,
  key: string,
  options?: TranslateOptions,
  style: NumberStyle = ARABIC_WESTERN,
): string {
  const own = lookup(strings, key);
  const found = own ?? lookup(fallback, key);
  if (found === undefined) return interpolate(options?.defaultValue ?? key, options, style.digits);
  if (typeof found === 'string') return interpolate(found, options, style.digits);
  const count = options?.count;
  // Without a count there is no form to choose; `other` with its placeholder visible shows the slip.
  const language = own === undefined ? 'ar' : style.language;
  const template = typeof count === 'number' ? pickPluralForm(found, count, language) : found.other;
  return interpolate(template, options, style.digits);
}
