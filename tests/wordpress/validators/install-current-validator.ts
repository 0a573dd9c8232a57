// Vitest global setup: installs ./current-validator (npm ci) when its node_modules is
// missing or was installed from another lock file, so a fresh clone's `npm test` has it.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CURRENT_VALIDATOR_DIR } from './wordpress-current.ts';

export default function installCurrentValidator(): void {
  const lockHash = createHash('sha256')
    .update(readFileSync(path.join(CURRENT_VALIDATOR_DIR, 'package-lock.json')))
    .digest('hex');
  const stamp = path.join(CURRENT_VALIDATOR_DIR, 'node_modules/.midad-installed-lock');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lockHash) return;
  console.log(
    'Installing the current WordPress validator (npm ci in tests/wordpress/current-validator)…',
  );
  const npm = process.env.npm_execpath;
  const [command, args] = npm ? [process.execPath, [npm]] : ['npm', []];
  const result = spawnSync(
    command,
    [...args, 'ci', '--ignore-scripts', '--no-audit', '--no-fund'],
    {
      cwd: CURRENT_VALIDATOR_DIR,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0)
    throw new Error(
      `npm ci in ${CURRENT_VALIDATOR_DIR} failed (status ${result.status ?? result.signal})`,
    );
  writeFileSync(stamp, lockHash);
}
