// "Use a current version of Electron": the version is pinned exactly, installed as pinned,
// and the one the Electronegativity scan assumes. Whether a newer release exists needs the
// internet (GitHub's release list), so that part is `npm outdated electron` in review.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/web-host-process.ts';

const readJson = <T>(file: string) =>
  JSON.parse(readFileSync(path.join(REPO_ROOT, file), 'utf8')) as T;

describe('the Electron version', () => {
  const pinned = readJson<{ devDependencies: Record<string, string> }>('package.json')
    .devDependencies.electron!;

  it('is pinned exactly, not a range', () => {
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('is the one installed and locked', () => {
    expect(readJson<{ version: string }>('node_modules/electron/package.json').version).toBe(
      pinned,
    );
    const lock = readJson<{ packages: Record<string, { version: string }> }>('package-lock.json');
    expect(lock.packages['node_modules/electron']?.version).toBe(pinned);
  });

  it('is a release line Electron still supports with security fixes (45 or later)', () => {
    expect(Number(pinned.split('.')[0])).toBeGreaterThanOrEqual(45);
  });
});
