// The cost of Midad's own spellchecker on the typing benchmark's article, in Node with the
// same WebAssembly Hunspell and dictionaries the renderer's worker loads: loading them, the
// article split into words (done on the editor's thread, in idle slices), and the words
// looked up (done in the worker, each distinct word once). A stand-in for the worker's own
// time: the same engine (V8) runs the same WebAssembly.
// `node --experimental-strip-types --no-warnings tests/bench/spelling/check-article.ts [words]`
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HunspellChecker } from '../../../common/arabic/spelling/hunspell-checker.ts';
import { spellingWords } from '../../../common/arabic/spelling/words.ts';
import { lexicalBlocks } from '../../../common/document/plain-text.ts';
import { toLexicalState } from '../typing/article-formats.ts';
import { generateArticle } from '../typing/article.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const require = createRequire(import.meta.url);

export interface SpellingCheckTimes {
  words: number;
  blocks: number;
  checkedWords: number;
  distinctWords: number;
  misspelt: number;
  /** Milliseconds. */
  loadMs: number;
  splitMs: number;
  lookupMs: number;
}

export async function measureSpellingCheck(words = 20_000): Promise<SpellingCheckTimes> {
  const file = (name: string) =>
    readFileSync(path.join(root, 'resources', 'dictionaries', name), 'utf8');
  let start = performance.now();
  const checker = await HunspellChecker.create(
    readFileSync(require.resolve('hunspell-wasm/wasm/hunspell.wasm')),
    {
      ar: { aff: file('ar.aff'), dic: file('ar.dic') },
      en: { aff: file('en_US.aff'), dic: file('en_US.dic') },
    },
  );
  const loadMs = performance.now() - start;
  const blocks = lexicalBlocks(toLexicalState(generateArticle(words)));
  start = performance.now();
  const found = blocks.flatMap((text) => spellingWords(text));
  const splitMs = performance.now() - start;
  start = performance.now();
  const distinct = new Map(found.map((word) => [`${word.language}:${word.key}`, word]));
  let misspelt = 0;
  for (const word of distinct.values())
    if (!checker.isCorrect(word.language, word.key)) misspelt += 1;
  const lookupMs = performance.now() - start;
  checker.dispose();
  return {
    words,
    blocks: blocks.length,
    checkedWords: found.length,
    distinctWords: distinct.size,
    misspelt,
    loadMs: Math.round(loadMs),
    splitMs: Math.round(splitMs),
    lookupMs: Math.round(lookupMs),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(
    JSON.stringify(await measureSpellingCheck(Number(process.argv[2] ?? 20_000)), null, 2),
  );
}
