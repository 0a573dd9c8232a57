// What only a packaged build can show: the fuses electron-builder.yml asks for are really
// flipped in the binary it wrote. Skipped, with the reason, until `npm run dist` has run.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// electron-builder's own dependency, the tool that flipped the fuses.
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { expect, test } from '@playwright/test';

/** The bytes @electron/fuses writes for a fuse's state (its FuseState enum is not exported). */
const FuseState = { DISABLE: 48, ENABLE: 49 } as const;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The unpacked app electron-builder leaves beside the installers, for this platform. */
function packagedApp(): string | undefined {
  const candidates =
    process.platform === 'darwin'
      ? [
          path.join(root, 'release', 'mac', 'Midad.app'),
          path.join(root, 'release', 'mac-arm64', 'Midad.app'),
        ]
      : process.platform === 'win32'
        ? [path.join(root, 'release', 'win-unpacked', 'Midad.exe')]
        : [path.join(root, 'release', 'linux-unpacked', 'midad')];
  return candidates.find((candidate) => existsSync(candidate));
}

const app = packagedApp();

test.describe('the packaged app', () => {
  test.skip(
    !app,
    'no packaged build in release/ (run `npm run dist`, which needs the internet to fetch Electron)',
  );

  test('has the fuses an attacker could use switched off, and checks its archive', async () => {
    const wire = await getCurrentFuseWire(app!);
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
  });
});
