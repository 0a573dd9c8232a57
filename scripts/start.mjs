// `npm start`: builds Midad and opens it in Electron. Where Electron's binary is missing
// and cannot be fetched (an offline install), says so in one line and starts browser
// mode instead, which prints its URL. MIDAD_BROWSER_MODE=1 chooses browser mode outright.
// Usage: npm start [-- --data-dir DIR] [-- --port N (browser mode)]
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { electronPackageDir, findElectronBinary } from './lib/electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Long enough to download Electron on a slow line; an offline attempt fails in a moment. */
const INSTALL_TIMEOUT_MS = 5 * 60_000;
/** Only an attempt that takes this long is announced, so offline runs print one line. */
const ANNOUNCE_INSTALL_AFTER_MS = 2_000;

const { values } = parseArgs({
  options: { 'data-dir': { type: 'string' }, port: { type: 'string' } },
});
const dataDirArgs = values['data-dir'] ? ['--data-dir', path.resolve(values['data-dir'])] : [];
const portArgs = values.port ? ['--port', values.port] : [];

await run(process.execPath, [path.join(root, 'scripts', 'build.mjs')]).then((code) => {
  if (code !== 0) process.exit(code);
});

if (process.env.MIDAD_BROWSER_MODE === '1') {
  console.log('MIDAD_BROWSER_MODE=1: starting Midad in browser mode.');
  startBrowserMode();
} else {
  const electron =
    findElectronBinary(root) ?? ((await tryInstallElectron()) && findElectronBinary(root));
  if (electron) {
    // ELECTRON_RUN_AS_NODE would turn the app into a plain Node process.
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE;
    supervise(
      spawn(electron, [root, ...dataDirArgs], { stdio: 'inherit', env, detached: ownGroup() }),
    );
  } else {
    console.log(
      "Electron's binary is not installed and could not be downloaded (offline?): starting Midad in browser mode instead.",
    );
    startBrowserMode();
  }
}

function startBrowserMode() {
  const server = path.join(root, 'dist', 'web-host', 'server.mjs');
  supervise(
    spawn(process.execPath, [server, ...dataDirArgs, ...portArgs], {
      stdio: 'inherit',
      detached: ownGroup(),
    }),
  );
}

/** Runs Electron's own installer once, quietly; true when it succeeded. */
async function tryInstallElectron() {
  const installer = path.join(electronPackageDir(root), 'install.js');
  const announce = setTimeout(
    () => console.log("Downloading Electron's binary (node_modules/electron/install.js)…"),
    ANNOUNCE_INSTALL_AFTER_MS,
  );
  const child = spawn(process.execPath, [installer], {
    cwd: electronPackageDir(root),
    stdio: 'ignore',
    timeout: INSTALL_TIMEOUT_MS,
  });
  const code = await new Promise((resolve) => {
    child.once('error', () => resolve(1));
    child.once('exit', (exitCode) => resolve(exitCode ?? 1));
  });
  clearTimeout(announce);
  return code === 0;
}

/**
 * The child runs in its own process group (outside Windows), so a Ctrl+C reaches it once,
 * forwarded by PID from here, rather than twice.
 */
function ownGroup() {
  return process.platform !== 'win32';
}

function supervise(child) {
  let forwarded = false;
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      forwarded = true;
      if (child.pid !== undefined) process.kill(child.pid, signal);
    });
  }
  child.once('error', (error) => {
    console.error(`Midad could not start: ${error.message}`);
    process.exit(1);
  });
  child.once('exit', (code) => process.exit(forwarded ? 0 : (code ?? 1)));
}

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.once('error', () => resolve(1));
    child.once('exit', (code) => resolve(code ?? 1));
  });
}
