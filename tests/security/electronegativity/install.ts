// Installs Electronegativity (npm ci in this folder) when its node_modules is missing or
// was installed from another lock file, so a fresh clone's `npm test` has it. It lives in
// its own package because it brings eslint 7 and typescript 4.2 with it.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ELECTRONEGATIVITY_DIR = path.dirname(fileURLToPath(import.meta.url));

export function installElectronegativity(): void {
  const lockHash = createHash('sha256')
    .update(readFileSync(path.join(ELECTRONEGATIVITY_DIR, 'package-lock.json')))
    .digest('hex');
  const stamp = path.join(ELECTRONEGATIVITY_DIR, 'node_modules/.midad-installed-lock');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lockHash) return;
  const npm = process.env.npm_execpath;
  const [command, args] = npm ? [process.execPath, [npm]] : ['npm', []];
  const result = spawnSync(
    command,
    [...args, 'ci', '--ignore-scripts', '--no-audit', '--no-fund'],
    {
      cwd: ELECTRONEGATIVITY_DIR,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0)
    throw new Error(
      `npm ci in ${ELECTRONEGATIVITY_DIR} failed (status ${result.status ?? result.signal})`,
    );
  writeFileSync(stamp, lockHash);
}
