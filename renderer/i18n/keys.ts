// The translation keys, typed from the Arabic catalogue: t() accepts only a dotted path to
// one of ar.ts's strings, so a misspelt or removed key fails `npm run typecheck`.
import type { ar } from './ar.ts';
import type { ArabicPlural } from './translate.ts';

type KeysOf<T, Prefix extends string> = {
  [K in keyof T & string]: T[K] extends string | ArabicPlural
    ? `${Prefix}${K}`
    : KeysOf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

type PluralKeysOf<T, Prefix extends string> = {
  [K in keyof T & string]: T[K] extends string
    ? never
    : T[K] extends ArabicPlural
      ? `${Prefix}${K}`
      : PluralKeysOf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every key with a string (or counted phrase) in the catalogues. */
export type TranslationKey = KeysOf<typeof ar, ''>;
/** The keys of counted phrases: their call must pass `count`. */
export type PluralKey = PluralKeysOf<typeof ar, ''>;
