// `npm run web`: starts browser mode and prints the URL to open.
// Usage: server.mjs [--data-dir DIR] [--port N] [--renderer-dir DIR]
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Conf from 'conf';
import { composeHost } from '../host/compose.ts';
import { defaultDataDir } from '../host/data-dir.ts';
import { FileSecretStore } from '../services/publish/sites/secret-store.ts';
import { SETTINGS_FILE_OPTIONS } from '../services/settings/settings-service.ts';
import { startWebHost } from './server.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      'renderer-dir': { type: 'string' },
    },
  });
  // --data-dir wins over MIDAD_DATA_DIR, which wins over the desktop app's own folder.
  const dataDir = path.resolve(values['data-dir'] ?? (process.env.MIDAD_DATA_DIR || defaultDataDir()));
  const rendererDir = path.resolve(values['renderer-dir'] ?? path.join(here, '..', 'renderer'));
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a number from 0 to 65535, got "${values.port}"`);
  }
  await fs.mkdir(dataDir, { recursive: true });
  // Same file name and folder as electron-store's default, so both modes share settings.
  const settingsStore = new Conf({ cwd: dataDir, projectName: 'midad', ...SETTINGS_FILE_OPTIONS });
  const midad = composeHost({
    dataDir,
    mode: 'browser',
    version: readVersion(),
    settingsStore,
    // Browser mode has no OS keyring to ask: a file only this user may read (the UI says so).
    secretStore: new FileSecretStore(dataDir),
    fontsFolder: path.join(rendererDir, 'assets'),
    logError: (methodName, error) => console.error(`[midad] ${methodName} failed:`, error),
  });
  const server = await startWebHost({ dispatch: midad.dispatch, readMedia: midad.readMedia, readProof: midad.readProof, rendererDir, port });
  console.log(`Midad is running in browser mode: ${server.openUrl}`);
  console.log(`Data folder: ${dataDir}`);

  // Stop taking requests, let the saves already received reach disk, then leave.
  const stop = () => void Promise.all([server.close(), midad.shutdown()]).finally(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function readVersion(): string {
  const packageJson = JSON.parse(readFileSync(path.join(here, '..', '..', 'package.json'), 'utf8')) as { version: string };
  return packageJson.version;
}

main().catch((error: unknown) => {
  console.error(`Midad browser mode could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
