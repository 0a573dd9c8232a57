// The built preload exposes exactly the contract's methods: nothing missing, nothing extra.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listMethods } from '../../../../electron/contract.ts';
import { REPO_ROOT } from '../../../support/web-host-process.ts';

describe('the preload bundle', () => {
  const bundle = readFileSync(path.join(REPO_ROOT, 'dist', 'electron', 'preload.cjs'), 'utf8');

  it('forwards every contract method and no other', () => {
    const names = /MIDAD_CONTRACT_METHODS_default = (\[[^\]]*\])/.exec(bundle)?.[1];
    expect(names, 'method list in dist/electron/preload.cjs').toBeDefined();
    expect(JSON.parse(names!)).toEqual(listMethods().map(({ name }) => name));
  });

  it('hands the page neither ipcRenderer nor Node', () => {
    expect(bundle).toMatch(/exposeInMainWorld\("midad", api\)/);
    expect(bundle).not.toMatch(/exposeInMainWorld\("(?!midad")/);
    expect(bundle).not.toMatch(/require\("(?!electron")/);
  });
});
