// `npm run web`: starts browser mode and prints the URL to open.
// Usage: server.mjs [--data-dir DIR] [--port N] [--renderer-dir DIR]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../host/data-dir.ts';
import { SupportLog } from '../services/logging/support-log.ts';
import { loadServiceModules } from './services-loading.ts';
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
  const dataDir = path.resolve(
    values['data-dir'] ?? (process.env.MIDAD_DATA_DIR || defaultDataDir()),
  );
  const rendererDir = path.resolve(values['renderer-dir'] ?? path.join(here, '..', 'renderer'));
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a number from 0 to 65535, got "${values.port}"`);
  }
  // The services are most of the host's code (zod, conf, the library, the publishing
  // clients): they load once the URL is out, in steps (services-loading.ts), while the
  // server already answers the page's own files (docs/cold-start-findings.md).
  const log = new SupportLog({ dataDir });
  let urlPrinted = () => {};
  const services = new Promise<void>((resolve) => (urlPrinted = resolve))
    .then(loadServiceModules)
    .then(({ startServices }) =>
      startServices({
        dataDir,
        rendererDir,
        version: readVersion(),
        log,
        pictureWorkerFile: path.join(here, 'picture-worker.mjs'),
        readingWorkerFile: path.join(here, 'reading-worker.mjs'),
      }),
    );
  const server = await startWebHost({
    dispatch: async (methodName, args) => (await services).dispatch(methodName, args),
    readMedia: async (request) => (await services).readMedia(request),
    readProof: async (draftId) => (await services).readProof(draftId),
    // A page may open its event stream before the services are loaded: it hears from then on.
    subscribeEvents: (listener) => {
      let unsubscribe: (() => void) | undefined;
      let cancelled = false;
      services.then(
        (host) => {
          if (!cancelled) unsubscribe = host.events.subscribe(listener);
        },
        () => undefined,
      );
      return () => {
        cancelled = true;
        unsubscribe?.();
      };
    },
    rendererDir,
    port,
  });
  // The page's token is in its address: the log must never hold it, whatever quotes it.
  log.forget(new URL(server.openUrl).searchParams.get('token') ?? '');
  log.info('web-host.listening', { port: new URL(server.openUrl).port });
  console.log(`Midad is running in browser mode: ${server.openUrl}`);
  console.log(`Data folder: ${dataDir}`);
  urlPrinted();
  // A data folder that cannot be used stops the host, as it did before the URL came first.
  services.catch((error: unknown) => {
    log.error('web-host.services_failed', error);
    fail(error);
  });

  // Stop taking requests, let the saves already received reach disk, then leave.
  const stop = () =>
    void Promise.all([server.close(), services.then((host) => host.shutdown())]).finally(() =>
      process.exit(0),
    );
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function readVersion(): string {
  const packageJson = JSON.parse(
    readFileSync(path.join(here, '..', '..', 'package.json'), 'utf8'),
  ) as { version: string };
  return packageJson.version;
}

function fail(error: unknown): never {
  console.error(
    `Midad browser mode could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}

main().catch(fail);
