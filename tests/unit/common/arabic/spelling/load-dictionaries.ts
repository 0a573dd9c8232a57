// The shipped Hunspell and dictionaries loaded in Node, as the spelling worker loads them
// in the renderer (common/arabic/spelling/hunspell-checker.ts), once per test file.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HunspellChecker } from '../../../../../common/arabic/spelling/hunspell-checker.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
const require = createRequire(import.meta.url);

const dictionary = (name: string) => ({
  aff: readFileSync(path.join(root, 'resources', 'dictionaries', `${name}.aff`), 'utf8'),
  dic: readFileSync(path.join(root, 'resources', 'dictionaries', `${name}.dic`), 'utf8'),
});

export function loadShippedChecker(): Promise<HunspellChecker> {
  const wasm = readFileSync(require.resolve('hunspell-wasm/wasm/hunspell.wasm'));
  return HunspellChecker.create(wasm, { ar: dictionary('ar'), en: dictionary('en_US') });
}

export const fixture = (name: string) =>
  readFileSync(path.join(root, 'tests', 'fixtures', 'spelling', name), 'utf8');
