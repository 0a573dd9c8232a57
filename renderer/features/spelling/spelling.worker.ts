// The spelling worker: Hunspell (WebAssembly) with Ayaspell and en_US loaded once, off the
// editor's thread, so the three megabytes of Arabic dictionary and each check never hold
// up a keystroke. Answers the editor's messages (spelling-protocol.ts) one by one.
/// <reference lib="webworker" />
import { HunspellChecker } from '../../../common/arabic/spelling/hunspell-checker.ts';
import type { SpellingRequest, SpellingResponse } from './spelling-protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let checker: Promise<HunspellChecker> | null = null;

const reply = (message: SpellingResponse) => scope.postMessage(message);

async function fetched(url: string, as: 'bytes'): Promise<ArrayBuffer>;
async function fetched(url: string, as: 'text'): Promise<string>;
async function fetched(url: string, as: 'bytes' | 'text'): Promise<ArrayBuffer | string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return as === 'bytes' ? response.arrayBuffer() : response.text();
}

async function load(request: Extract<SpellingRequest, { type: 'load' }>): Promise<HunspellChecker> {
  const [wasm, ...files] = await Promise.all([
    fetched(request.wasm, 'bytes'),
    ...Object.entries(request.dictionaries).map(async ([language, urls]) => {
      const [aff, dic] = await Promise.all([fetched(urls.aff, 'text'), fetched(urls.dic, 'text')]);
      return [language, { aff, dic }] as const;
    }),
  ]);
  return HunspellChecker.create(wasm, Object.fromEntries(files));
}

scope.addEventListener('message', (event: MessageEvent<SpellingRequest>) => {
  const request = event.data;
  if (request.type === 'load') {
    checker ??= load(request);
    checker.then(
      () => reply({ type: 'ready' }),
      (error: unknown) => reply({ type: 'failed', message: String(error) }),
    );
    return;
  }
  void checker?.then((loaded) => {
    if (request.type === 'check') {
      const misspelt: number[] = [];
      request.words.forEach((word, index) => {
        if (!loaded.isCorrect(word.language, word.key)) misspelt.push(index);
      });
      reply({ type: 'checked', id: request.id, misspelt });
    } else {
      reply({
        type: 'suggested',
        id: request.id,
        suggestions: loaded.suggest(request.word.language, request.word.key),
      });
    }
  });
});
