// Types for electron-binary.mjs, which the Playwright Electron tests import too.
export declare function electronPackageDir(root: string): string;
export declare function findElectronBinary(
  root: string,
  env?: NodeJS.ProcessEnv,
  platform?: NodeJS.Platform,
): string | undefined;
export declare const MISSING_ELECTRON_REASON: string;
