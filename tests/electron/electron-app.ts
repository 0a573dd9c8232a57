// Launches the built desktop app in Electron for a test, with its own data folder, and
// never starts a download: the binary is looked up, not imported.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, test, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary, MISSING_ELECTRON_REASON } from '../../scripts/lib/electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const electronBinary = findElectronBinary(root);
export const skipReason = MISSING_ELECTRON_REASON;

export interface RunningApp {
  app: ElectronApplication;
  window: Page;
  dataDir: string;
  close(): Promise<void>;
}

/** `prepare` writes into the fresh data folder before the app starts (a saved window state, say). */
export async function launchMidad(
  executablePath: string,
  prepare?: (dataDir: string) => void,
): Promise<RunningApp> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'midad-electron-'));
  prepare?.(dataDir);
  if (!existsSync(path.join(root, 'dist', 'electron', 'main.mjs'))) {
    throw new Error('The app is not built: run `npm run build` before the Electron tests.');
  }
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined && entry[0] !== 'ELECTRON_RUN_AS_NODE',
    ),
  );
  // Chromium refuses to start as root with its OS sandbox on (containers, CI). The
  // renderer's `sandbox` preference, which these tests check, is unaffected.
  const rootOnly = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const app = await _electron.launch({
    executablePath,
    args: [root, '--data-dir', dataDir, ...rootOnly],
    env,
  });
  const window = await app.firstWindow();
  await window.waitForLoadState('domcontentloaded');
  return {
    app,
    window,
    dataDir,
    close: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Inside a describe block: skips it where there is no binary, else launches one Midad
 * for the block and closes it after. Returns the running app once the block has started.
 */
export function useMidadApp(): () => RunningApp {
  test.skip(!electronBinary, skipReason);
  let midad: RunningApp | undefined;
  test.beforeAll(async () => {
    if (electronBinary) midad = await launchMidad(electronBinary);
  });
  test.afterAll(async () => {
    await midad?.close();
  });
  return () => {
    if (!midad) throw new Error('Midad is not running');
    return midad;
  };
}
