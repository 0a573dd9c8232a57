// electron-builder's own per-platform packagers, made from electron-builder.yml as `npm run dist`
// makes them, but without building: their resource and icon lookups run in plain Node, and
// nothing here downloads Electron or a converter.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const require = createRequire(import.meta.url);
const builderLib = (module: string) => require(`app-builder-lib/out/${module}.js`);

/** The parts of app-builder-lib's PlatformPackager that decide which files an installer takes. */
export interface PlatformPackager {
  config: {
    fileAssociations: { ext: string; icon: string; mimeType?: string }[];
    directories: { output: string };
  };
  executableName: string;
  appInfo: { sanitizedProductName: string; computePackageUrl(): Promise<string | null> };
  /** The .ico (Windows) or .icns (macOS) the app and its installer show. */
  getIconPath(): Promise<string | null>;
  /** A file named in the configuration, looked up in buildResources, then the project folder. */
  getResource(
    custom: string | null | undefined,
    ...fallbackNames: string[]
  ): Promise<string | null>;
}

export interface Packagers {
  linux: PlatformPackager;
  win: PlatformPackager;
  mac: PlatformPackager;
}

export async function createPackagers(): Promise<Packagers> {
  const { Packager } = builderLib('packager');
  const { AppInfo } = builderLib('appInfo');
  const { createElectronFrameworkSupport } = builderLib('electron/ElectronFramework');
  const { Platform } = builderLib('core');
  const packager = new Packager({ projectDir: root });
  // What Packager.build does before it packs: read and validate the configuration, name the
  // app, and learn Electron's version from node_modules/electron/package.json.
  await packager.validateConfig();
  packager._appInfo = new AppInfo(packager, null);
  packager._framework = await createElectronFrameworkSupport(packager.config, packager);
  const [linux, win, mac] = await Promise.all(
    [Platform.LINUX, Platform.WINDOWS, Platform.MAC].map((platform) =>
      packager.createHelper(platform),
    ),
  );
  return { linux, win, mac };
}

/** The icon file name a file association asks for on each platform (`icons/icon` → `icons/icon.ico`). */
export function platformIconFileName(icon: string, isMac: boolean): string {
  const { getPlatformIconFileName } = require('builder-util');
  return getPlatformIconFileName(icon, isMac);
}

/** The Linux icon set (NxN PNGs) the .deb and AppImage install into the icon theme. */
export async function linuxIcons(
  linux: PlatformPackager,
): Promise<{ file: string; size: number }[]> {
  const { LinuxTargetHelper } = builderLib('targets/LinuxTargetHelper');
  return new LinuxTargetHelper(linux).icons;
}

/** The AppImage's desktop entry and the deb's install scripts, as those targets write them. */
export async function linuxTargets(linux: PlatformPackager) {
  const { LinuxTargetHelper } = builderLib('targets/LinuxTargetHelper');
  const { default: AppImageTarget } = builderLib('targets/appimage/AppImageTarget');
  const { default: FpmTarget } = builderLib('targets/FpmTarget');
  const helper = new LinuxTargetHelper(linux);
  const outDir = path.join(root, linux.config.directories.output);
  const appImage = new AppImageTarget(null, linux, helper, outDir);
  const deb = new FpmTarget('deb', linux, helper, outDir);
  return {
    appImageDesktopEntry: (await appImage.desktopEntry.value) as string,
    debScripts: (await deb.scriptFiles) as {
      afterInstall: string;
      afterRemove: string;
      appArmor: string;
    },
    debPackageInfo: () =>
      deb.checkOptions() as Promise<{ name: string; maintainer: string; url: string }>,
  };
}

/** The AppRun script electron-builder puts at the root of every AppImage (its start-up script). */
export function appImageLauncherScript(executableName: string): string {
  const { generateAppRunScript } = builderLib('targets/appimage/appImageUtil');
  return generateAppRunScript({
    DesktopFileName: `${executableName}.desktop`,
    ExecutableName: executableName,
    ProductName: 'Midad',
    ProductFilename: 'Midad',
    ResourceName: `appimagekit-${executableName}`,
  });
}

/** The files electron-builder packs into app.asar, relative to the project, by its own `files` matching. */
export async function packedAppFiles(packager: PlatformPackager): Promise<string[]> {
  const { getMainFileMatchers } = builderLib('fileMatcher');
  const { computeFileSets } = builderLib('util/appFileCopier');
  const internals = packager as unknown as {
    expandMacro(pattern: string, arch: string): string;
    platformSpecificBuildOptions: object;
  };
  const outDir = path.join(root, packager.config.directories.output);
  const matchers = getMainFileMatchers(
    root,
    '/app',
    (pattern: string) => internals.expandMacro(pattern, 'x64'),
    internals.platformSpecificBuildOptions,
    packager,
    outDir,
    false,
  );
  const fileSets: { files: string[]; metadata: Map<string, { isDirectory(): boolean }> }[] =
    await computeFileSets(matchers, null, packager, false);
  return fileSets.flatMap(({ files, metadata }) =>
    files
      .filter((file) => metadata.get(file)?.isDirectory() === false)
      .map((file) => path.relative(root, file)),
  );
}

/** Where each `extraResources` entry is taken from and put, as electron-builder reads the configuration. */
export function extraResourceFolders(
  packager: PlatformPackager,
): { from: string; to: string; patterns: string[] }[] {
  const { getFileMatchers } = builderLib('fileMatcher');
  const internals = packager as unknown as {
    expandMacro(pattern: string, arch: string): string;
    platformSpecificBuildOptions: object;
  };
  const matchers: { from: string; to: string; patterns: string[] }[] =
    getFileMatchers(packager.config, 'extraResources', '/resources', {
      macroExpander: (pattern: string) => internals.expandMacro(pattern, 'x64'),
      customBuildOptions: internals.platformSpecificBuildOptions,
      globalOutDir: path.join(root, packager.config.directories.output),
      defaultSrc: root,
    }) ?? [];
  return matchers.map(({ from, to, patterns }) => ({
    from: path.relative(root, from),
    to: path.relative('/resources', to),
    patterns,
  }));
}

/** The file names electron-builder gives each installer (x64, and arm64 for the Mac), as the targets ask for them. */
export function installerFileNames({ linux, win, mac }: Packagers): string[] {
  const { Arch } = require('builder-util');
  type Namer = {
    expandArtifactNamePattern(
      options: object,
      ext: string,
      arch: number,
      defaultPattern?: string,
      skipDefaultArch?: boolean,
    ): string;
  };
  const [linuxNamer, winNamer, macNamer] = [linux, win, mac] as unknown as Namer[];
  return [
    // FpmTarget's pattern for a .deb, which the configuration's artifactName replaces.
    linuxNamer!.expandArtifactNamePattern(
      {},
      'deb',
      Arch.x64,
      '${name}_${version}_${arch}.${ext}',
      false,
    ),
    linuxNamer!.expandArtifactNamePattern({}, 'AppImage', Arch.x64),
    winNamer!.expandArtifactNamePattern(
      {},
      'exe',
      Arch.x64,
      '${productName} Setup ${version}.${ext}',
      false,
    ),
    macNamer!.expandArtifactNamePattern({}, 'dmg', Arch.arm64),
    macNamer!.expandArtifactNamePattern({}, 'dmg', Arch.x64),
  ];
}
