// The built preload exposes exactly the contract's methods: nothing missing, nothing extra.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listMethods } from '../../../../electron/contract/index.ts';
import { REPO_ROOT } from '../../../support/web-host-process.ts';

describe('the preload bundle', () => {
  const bundle = readFileSync(path.join(REPO_ROOT, 'dist', 'electron', 'preload.cjs'), 'utf8');

  it('forwards every contract method and no other', () => {
    const names = /MIDAD_CONTRACT_METHODS_default = (\[[^\]]*\])/.exec(bundle)?.[1];
    expect(names, 'method list in dist/electron/preload.cjs').toBeDefined();
    expect(JSON.parse(names!)).toEqual(listMethods().map(({ name }) => name));
  });

  it('hands the page the host events of one channel, each without the IPC event that carried it', () => {
    expect(bundle).toContain(`IPC_EVENT_CHANNEL = \`\${IPC_CHANNEL_PREFIX}host-event\``);
    expect(bundle).toMatch(/ipcRenderer\.on\(IPC_EVENT_CHANNEL, relay\)/);
    expect(bundle).toMatch(/\(_event, hostEvent\) => listener\(hostEvent\)/);
    // `events` sits beside the contract's namespaces: none may be called so.
    expect(listMethods().some(({ name }) => name.startsWith('events.'))).toBe(false);
  });

  it('hands the page neither ipcRenderer nor Node', () => {
    expect(bundle).toMatch(/exposeInMainWorld\("midad", api\)/);
    expect(bundle).not.toMatch(/exposeInMainWorld\("(?!midad")/);
    expect(bundle).not.toMatch(/require\("(?!electron")/);
  });
});
