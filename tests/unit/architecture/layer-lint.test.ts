// The folders are the architecture: the lint must refuse code that crosses a layer.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/web-host-process.ts';

const eslint = new ESLint({ cwd: REPO_ROOT });

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${REPO_ROOT}/${filePath}` });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('the layer lint', () => {
  it("refuses a service that imports 'electron'", async () => {
    const ids = await ruleIdsFor(
      'electron/services/drafts/uses-electron.ts',
      "import { app } from 'electron';\nexport const where = app.getPath('userData');\n",
    );
    expect(ids).toContain('no-restricted-imports');
  });

  it("refuses require('electron') and import('electron') outside main and preload", async () => {
    const ids = await ruleIdsFor(
      'electron/web-host/sneaky.ts',
      "export const later = () => import('electron');\n",
    );
    expect(ids).toContain('no-restricted-syntax');
  });

  it('refuses electron-store outside electron/main', async () => {
    const ids = await ruleIdsFor(
      'electron/services/settings/store.ts',
      "import Store from 'electron-store';\nexport const s = new Store();\n",
    );
    expect(ids).toContain('no-restricted-imports');
  });

  it("lets electron/main and electron/preload import 'electron'", async () => {
    const code = "import { app } from 'electron';\nexport const ready = app.whenReady();\n";
    expect(await ruleIdsFor('electron/main/example.ts', code)).toEqual([]);
    expect(await ruleIdsFor('electron/preload/example.ts', code)).toEqual([]);
  });

  it('refuses a renderer that imports host code', async () => {
    const ids = await ruleIdsFor(
      'renderer/features/uses-host.ts',
      "import { composeHost } from '../../electron/host/compose.ts';\nexport const c = composeHost;\n",
    );
    expect(ids).toContain('no-restricted-imports');
  });

  it('refuses a renderer that imports values from the contract, but allows its types', async () => {
    const valueImport = await ruleIdsFor(
      'renderer/features/uses-contract.ts',
      "import { contract } from '../../electron/contract/index.ts';\nexport const c = contract;\n",
    );
    expect(valueImport).toContain('no-restricted-imports');
    const typeImport = await ruleIdsFor(
      'renderer/features/uses-contract-types.ts',
      "import type { Settings } from '../../electron/contract/index.ts';\nexport const language: Settings['language'] = 'ar';\n",
    );
    expect(typeImport).toEqual([]);
  });
});
