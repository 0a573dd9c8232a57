// Hunspell, compiled to WebAssembly (the hunspell-wasm package), with one dictionary per
// language. Given the bytes of the .wasm and the dictionaries' text, so the same code runs
// in the renderer's spelling worker (fetched from the app's own files) and in Node tests.
import { Hunspell } from 'hunspell-wasm';
import initialiseHunspell from 'hunspell-wasm/wasm/hunspell.js';
import type { SpellingLanguage } from './words.ts';

export interface DictionaryFiles {
  /** The .aff and .dic files' text (both Ayaspell's and en_US's are UTF-8). */
  aff: string;
  dic: string;
}

/** Emscripten's module options: with the binary given, it fetches nothing. */
type Initialise = (options: { wasmBinary: ArrayBuffer | Uint8Array }) => Promise<unknown>;

/** A suggestion list longer than this is not read by anyone; Arabic gives many. */
const MAX_SUGGESTIONS = 8;

export class HunspellChecker {
  readonly #byLanguage: Map<SpellingLanguage, Hunspell>;

  private constructor(byLanguage: Map<SpellingLanguage, Hunspell>) {
    this.#byLanguage = byLanguage;
  }

  static async create(
    wasm: ArrayBuffer | Uint8Array,
    dictionaries: Partial<Record<SpellingLanguage, DictionaryFiles>>,
  ): Promise<HunspellChecker> {
    const module = await (initialiseHunspell as unknown as Initialise)({ wasmBinary: wasm });
    const byLanguage = new Map<SpellingLanguage, Hunspell>();
    for (const [language, files] of Object.entries(dictionaries) as Array<
      [SpellingLanguage, DictionaryFiles]
    >)
      byLanguage.set(language, new Hunspell(module, files.aff, files.dic));
    return new HunspellChecker(byLanguage);
  }

  languages(): SpellingLanguage[] {
    return [...this.#byLanguage.keys()];
  }

  /** True when the dictionary knows the word, or there is no dictionary for its language. */
  isCorrect(language: SpellingLanguage, key: string): boolean {
    const hunspell = this.#byLanguage.get(language);
    return !hunspell || hunspell.testSpelling(key);
  }

  suggest(language: SpellingLanguage, key: string): string[] {
    const hunspell = this.#byLanguage.get(language);
    return hunspell ? hunspell.getSpellingSuggestions(key).slice(0, MAX_SUGGESTIONS) : [];
  }

  dispose(): void {
    for (const hunspell of this.#byLanguage.values()) hunspell.dispose();
    this.#byLanguage.clear();
  }
}
