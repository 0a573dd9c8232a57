// Tests that only a real Electron can answer: the window's security settings, the preload's
// surface, navigation and new windows. Skipped, with the reason, where no binary exists.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { findElectronBinary, MISSING_ELECTRON_REASON } from '../../scripts/lib/electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
if (!findElectronBinary(root) && !process.env.MIDAD_ELECTRON_ANNOUNCED) {
  console.log(`Electron tests skipped: ${MISSING_ELECTRON_REASON}.`);
  process.env.MIDAD_ELECTRON_ANNOUNCED = '1';
}

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/electron',
  // One Electron at a time: each test file launches the whole app.
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
});
