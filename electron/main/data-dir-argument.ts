// `--data-dir DIR` (or `--data-dir=DIR`), as in browser mode: where this run keeps its
// data instead of Electron's userData folder. Tests use it to stay out of the user's data.
import path from 'node:path';
import { parseArgs } from 'node:util';

export function readDataDirArgument(argv: readonly string[]): string | undefined {
  const { values } = parseArgs({
    args: [...argv],
    options: { 'data-dir': { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  const dataDir = values['data-dir'];
  return typeof dataDir === 'string' && dataDir !== '' ? path.resolve(dataDir) : undefined;
}
