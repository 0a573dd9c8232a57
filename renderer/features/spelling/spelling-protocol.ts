// The messages between the editor and the spelling worker (spelling.worker.ts).
import type { SpellingLanguage } from '../../../common/arabic/spelling/words.ts';

export interface DictionaryUrls {
  aff: string;
  dic: string;
}

export interface LookupWord {
  language: SpellingLanguage;
  key: string;
}

export type SpellingRequest =
  | {
      type: 'load';
      wasm: string;
      dictionaries: Partial<Record<SpellingLanguage, DictionaryUrls>>;
    }
  | { type: 'check'; id: number; words: LookupWord[] }
  | { type: 'suggest'; id: number; word: LookupWord };

export type SpellingResponse =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  /** The indexes, in the request's `words`, of those the dictionary does not know. */
  | { type: 'checked'; id: number; misspelt: number[] }
  | { type: 'suggested'; id: number; suggestions: string[] };
