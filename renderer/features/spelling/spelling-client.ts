// The editor's side of the spelling worker: starts it with the wasm and the dictionaries of
// the languages it checks, keeps every word's verdict (an article repeats its words, so most
// are asked once), and sends new words in small batches so a suggestion asked for meanwhile
// is answered between two of them.
import wasmUrl from 'hunspell-wasm/wasm/hunspell.wasm?url';
import arAffUrl from '../../../resources/dictionaries/ar.aff?url';
import arDicUrl from '../../../resources/dictionaries/ar.dic?url';
import enAffUrl from '../../../resources/dictionaries/en_US.aff?url';
import enDicUrl from '../../../resources/dictionaries/en_US.dic?url';
import type { SpellingLanguage } from '../../../common/arabic/spelling/words.ts';
import type {
  DictionaryUrls,
  LookupWord,
  SpellingRequest,
  SpellingResponse,
} from './spelling-protocol.ts';

const DICTIONARIES: Record<SpellingLanguage, DictionaryUrls> = {
  ar: { aff: arAffUrl, dic: arDicUrl },
  en: { aff: enAffUrl, dic: enDicUrl },
};
/** Words a check message carries: a few milliseconds of the worker's time. */
const BATCH = 400;

const absolute = (url: string) => new URL(url, document.baseURI).href;
const verdictKey = (word: LookupWord) => `${word.language}:${word.key}`;

export class SpellingClient {
  readonly #worker: Worker;
  readonly #verdicts = new Map<string, boolean>();
  readonly #waiting = new Map<number, (response: SpellingResponse) => void>();
  #nextId = 1;
  /** Resolves when the dictionaries are loaded; rejects if they cannot be. */
  readonly ready: Promise<void>;

  constructor(readonly languages: readonly SpellingLanguage[]) {
    this.#worker = new Worker(new URL('./spelling.worker.ts', import.meta.url), {
      type: 'module',
      name: 'spelling',
    });
    this.ready = new Promise((resolve, reject) => {
      this.#worker.addEventListener('message', (event: MessageEvent<SpellingResponse>) => {
        const response = event.data;
        if (response.type === 'ready') resolve();
        else if (response.type === 'failed') reject(new Error(response.message));
        else {
          this.#waiting.get(response.id)?.(response);
          this.#waiting.delete(response.id);
        }
      });
      this.#worker.addEventListener('error', (event) => reject(new Error(event.message)));
    });
    const dictionaries = Object.fromEntries(
      languages.map((language) => [
        language,
        { aff: absolute(DICTIONARIES[language].aff), dic: absolute(DICTIONARIES[language].dic) },
      ]),
    );
    this.#post({ type: 'load', wasm: absolute(wasmUrl), dictionaries });
  }

  /** True or false once the word was checked; undefined before. */
  verdict(word: LookupWord): boolean | undefined {
    if (!this.languages.includes(word.language)) return true;
    return this.#verdicts.get(verdictKey(word));
  }

  /** Checks the words without a verdict yet; resolves when all have one. */
  async check(words: readonly LookupWord[]): Promise<void> {
    const unseen = new Map<string, LookupWord>();
    for (const word of words)
      if (this.verdict(word) === undefined) unseen.set(verdictKey(word), word);
    const batch = [...unseen.values()];
    for (let from = 0; from < batch.length; from += BATCH) {
      const part = batch.slice(from, from + BATCH);
      const response = await this.#ask({ type: 'check', id: this.#nextId++, words: part });
      if (response.type !== 'checked') continue;
      const misspelt = new Set(response.misspelt);
      part.forEach((word, index) => this.#verdicts.set(verdictKey(word), !misspelt.has(index)));
    }
  }

  async suggest(word: LookupWord): Promise<string[]> {
    const response = await this.#ask({ type: 'suggest', id: this.#nextId++, word });
    return response.type === 'suggested' ? response.suggestions : [];
  }

  dispose(): void {
    this.#worker.terminate();
    for (const answer of this.#waiting.values()) answer({ type: 'failed', message: 'stopped' });
    this.#waiting.clear();
  }

  #ask(request: Extract<SpellingRequest, { id: number }>): Promise<SpellingResponse> {
    return new Promise((resolve) => {
      this.#waiting.set(request.id, resolve);
      this.#post(request);
    });
  }

  #post(request: SpellingRequest): void {
    this.#worker.postMessage(request);
  }
}
