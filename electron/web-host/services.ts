// Browser mode's services: the settings file, the draft library, the sites, the outbox and
// the exports behind the contract, in the data folder. Most of the web host's code, so
// main.ts loads this module while its server is already answering the page's files.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { composeHost, type Host } from '../host/compose.ts';
import type { HostLog } from '../services/logging/support-log.ts';
import { FileSecretStore } from '../services/publish/sites/secret-store.ts';
import { SETTINGS_FILE_OPTIONS } from '../services/settings/settings-service.ts';

export interface WebHostServicesOptions {
  dataDir: string;
  rendererDir: string;
  version: string;
  log?: HostLog;
  /** The built picture worker beside the host's bundle. */
  pictureWorkerFile?: string;
  /** The built reading worker beside it. */
  readingWorkerFile?: string;
}

export async function startServices({
  dataDir,
  rendererDir,
  version,
  log,
  pictureWorkerFile,
  readingWorkerFile,
}: WebHostServicesOptions): Promise<Host> {
  await fs.mkdir(dataDir, { recursive: true });
  // Same file name and folder as electron-store's default, so both modes share settings.
  const settingsStore = new Conf({ cwd: dataDir, projectName: 'midad', ...SETTINGS_FILE_OPTIONS });
  return composeHost({
    dataDir,
    mode: 'browser',
    version,
    settingsStore,
    // Browser mode has no OS keyring to ask: a file only this user may read (the UI says so).
    secretStore: new FileSecretStore(dataDir),
    fontsFolder: path.join(rendererDir, 'assets'),
    logError: (methodName, error) => console.error(`[midad] ${methodName} failed:`, error),
    log,
    pictureWorkerFile,
    readingWorkerFile,
  });
}
