// Finds the Electron binary that `npm install` downloads, the way node_modules/electron
// does (path.txt + dist/, or ELECTRON_OVERRIDE_DIST_PATH), but without importing that
// package: its index.js starts a download when the binary is missing.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The folder of the installed `electron` npm package under `root`. */
export function electronPackageDir(root) {
  return path.join(root, 'node_modules', 'electron');
}

/** The executable's path inside Electron's dist folder, as install.js names it. */
function platformExecutable(platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/** The Electron executable's absolute path, or undefined when it is not installed. */
export function findElectronBinary(root, env = process.env, platform = process.platform) {
  const packageDir = electronPackageDir(root);
  const pathFile = path.join(packageDir, 'path.txt');
  const recorded = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const candidate = env.ELECTRON_OVERRIDE_DIST_PATH
    ? path.join(env.ELECTRON_OVERRIDE_DIST_PATH, recorded || platformExecutable(platform))
    : recorded && path.join(packageDir, 'dist', recorded);
  return candidate && isFile(candidate) ? candidate : undefined;
}

/** Why there is no binary, in words a newcomer can act on. */
export const MISSING_ELECTRON_REASON =
  'Electron binary not installed (node_modules/electron/dist missing); run `node node_modules/electron/install.js` with internet';

function isFile(file) {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
