// Runs Electronegativity over one folder or file and writes its findings as SARIF, with no
// network: the tool fetches translations and Electron's release list from the internet at
// run time; here `got` is replaced by a refusal, so a run is the same offline and online.
// Usage: node scan.mjs <input> <output.sarif> <electron version>; prints parse errors as JSON.
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

const toolDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
const gotPath = require.resolve('got', { paths: [toolDir] });
const offline = () => Promise.reject(new Error('Electronegativity runs offline in Midad’s tests'));
offline.head = offline;
offline.default = offline;
offline.__esModule = true;
require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline };

const [input, output, electronVersion] = process.argv.slice(2);
const run = require('@doyensec/electronegativity');

// Silence the tool's own progress lines; our test reads the SARIF file and stdout's JSON.
const log = console.log;
console.log = () => undefined;
run({
  input: path.resolve(input),
  output,
  isSarif: true,
  isRelative: true,
  electronVersionOverride: electronVersion,
  // Needs Electron's release list from GitHub; the pinned version is checked by a unit test.
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
}).then(
  (result) => log(JSON.stringify({ errors: result.errors })),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
