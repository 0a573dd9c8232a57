// Chromium's sandbox on Linux as the installers set it up: the .deb with its AppArmor profile,
// the AppImage falling back to --no-sandbox only where the system refuses user namespaces.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appImageLauncherScript,
  createPackagers,
  linuxTargets,
  type PlatformPackager,
} from './electron-builder-packagers.ts';

describe("Chromium's sandbox on Linux", () => {
  let linux: PlatformPackager;
  let targets: Awaited<ReturnType<typeof linuxTargets>>;
  beforeAll(async () => {
    ({ linux } = await createPackagers());
    targets = await linuxTargets(linux);
  });

  it('the .deb installs an AppArmor profile that lets the installed app make its sandbox on Ubuntu 24.04', () => {
    const profile = readFileSync(targets.debScripts.appArmor, 'utf8');
    expect(profile).toContain(`profile "midad" "/opt/Midad/midad"`);
    expect(profile).toMatch(/^\s*userns,$/m);
    const afterInstall = readFileSync(targets.debScripts.afterInstall, 'utf8');
    expect(afterInstall).toContain("APPARMOR_PROFILE_TARGET='/etc/apparmor.d/midad'");
    expect(afterInstall).toContain('apparmor_parser --replace');
    expect(linux.executableName).toBe('midad');
    expect(linux.appInfo.sanitizedProductName).toBe('Midad');
  });

  it('the .deb names the maintainer and homepage that dpkg asks for, so it builds', async () => {
    await expect(targets.debPackageInfo()).resolves.toMatchObject({
      name: 'midad',
      maintainer: 'Midad <midad@midad.news>',
      url: expect.stringMatching(/^https:\/\//),
    });
  });

  it('the AppImage’s menu entry keeps the sandbox: no --no-sandbox of its own', () => {
    const exec = targets.appImageDesktopEntry.split('\n').find((line) => line.startsWith('Exec='));
    expect(exec).toBe('Exec=AppRun %U');
  });

  describe('the AppImage’s start-up script', () => {
    let appDir: string;
    /** Starts AppRun with a stand-in for Midad that prints its arguments, and an `unshare` that succeeds or not. */
    function launch(userNamespaces: 'allowed' | 'refused', ...args: string[]): string {
      writeExecutable(
        'unshare',
        userNamespaces === 'allowed'
          ? 'exit 0'
          : 'echo "unshare: write failed /proc/self/uid_map: Operation not permitted" >&2; exit 1',
      );
      return execFileSync('bash', [path.join(appDir, 'AppRun'), ...args], {
        env: { PATH: process.env.PATH, APPDIR: appDir, APPIMAGE_SILENT_INSTALL: 'true' },
        encoding: 'utf8',
      }).trim();
    }
    function writeExecutable(name: string, body: string) {
      writeFileSync(path.join(appDir, name), `#!/bin/sh\n${body}\n`);
      chmodSync(path.join(appDir, name), 0o755);
    }
    beforeAll(() => {
      appDir = mkdtempSync(path.join(tmpdir(), 'midad-appimage-'));
      writeFileSync(path.join(appDir, 'AppRun'), appImageLauncherScript(linux.executableName));
      writeExecutable(linux.executableName, 'echo "started with: $*"');
    });
    afterAll(() => rmSync(appDir, { recursive: true, force: true }));

    it('starts Midad without the sandbox where AppArmor refuses user namespaces (Ubuntu 23.10 and later)', () => {
      expect(launch('refused', 'story.midad')).toBe('started with: --no-sandbox story.midad');
    });

    it('keeps the sandbox wherever user namespaces work', () => {
      expect(launch('allowed', 'story.midad')).toBe('started with: story.midad');
    });
  });
});
